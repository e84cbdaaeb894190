// Package apikey manages the API keys that sign requests to Tessera's HTTP
// API: their scopes, creation, rotation with a grace period, revocation, and
// the secrets, which are kept sealed under the server master key because
// HMAC verification needs the secret itself. The PostgreSQL implementation of
// Store lives in package postgres.
package apikey

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// Scope is a right granted to a key (package auth says which action
// needs which).
type Scope = auth.Scope

// The scopes.
const (
	Issuer     = auth.Issuer
	Approver   = auth.Approver
	Compliance = auth.Compliance
	Oracle     = auth.Oracle
	Auditor    = auth.Auditor
	Admin      = auth.Admin
)

// Scopes lists every scope.
var Scopes = auth.Scopes

// ParseScopes parses a comma-separated list such as "issuer,auditor".
func ParseScopes(s string) ([]Scope, error) {
	var out []Scope
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, Scope(p))
		}
	}
	return NormalizeScopes(out)
}

// NormalizeScopes checks that every scope is known and returns them sorted
// without duplicates.
func NormalizeScopes(in []Scope) ([]Scope, error) {
	if len(in) == 0 {
		return nil, errs.E(errs.Invalid, "invalid_scopes", "at least one scope is required (issuer, approver, compliance, oracle, auditor, admin)")
	}
	out := make([]Scope, 0, len(in))
	for _, s := range in {
		if !slices.Contains(Scopes, s) {
			return nil, errs.E(errs.Invalid, "invalid_scopes", "unknown scope "+quote(string(s))+" (want issuer, approver, compliance, oracle, auditor or admin)")
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Key is an API key as stored; the secret is never part of it.
type Key struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Owner is the person or service the key belongs to; Custodians are
	// every owner who has held its secret (see auth.Principal).
	Owner      string     `json:"owner"`
	Custodians []string   `json:"custodians"`
	Scopes     []Scope    `json:"scopes"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RotatedAt  *time.Time `json:"rotated_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
	// Seq orders keys by creation for keyset pagination.
	Seq int64 `json:"-"`
	// Rev is the stored key's revision: it changes whenever the key does,
	// a rotation (its new secret) included. A verifier that remembers a
	// key compares it to know whether what it remembers is current.
	Rev uint32 `json:"-"`
}

// HasAny reports whether the key holds at least one of scopes.
func (k Key) HasAny(scopes ...Scope) bool {
	for _, s := range scopes {
		if slices.Contains(k.Scopes, s) {
			return true
		}
	}
	return false
}

// State is the key as auth.Resolve reads it.
func (k Key) State() auth.KeyState {
	return auth.KeyState{ID: k.ID, Name: k.Name, Owner: k.Owner, Custodians: k.Custodians, Scopes: k.Scopes,
		ExpiresAt: k.ExpiresAt, RotatedAt: k.RotatedAt, RevokedAt: k.RevokedAt}
}

// Principal resolves the key, as it is now, to the principal of a
// request made at now (auth.Resolve): an Unauthenticated error when it is
// revoked or expired.
func (k Key) Principal(now time.Time) (auth.Principal, error) { return auth.Resolve(k.State(), now) }

// StoredSecret is one sealed secret of a key.
type StoredSecret struct {
	Version    int
	Sealed     []byte
	ValidUntil *time.Time // nil for the current secret
}

// Store persists keys. Methods return errs.NotFound for an unknown id.
type Store interface {
	// CreateKey stores a new key with its first secret (version 1).
	CreateKey(ctx context.Context, k Key, sealed []byte) (Key, error)
	// Key returns one key.
	Key(ctx context.Context, id string) (Key, error)
	// Credentials returns the key and its secrets still valid at now.
	Credentials(ctx context.Context, id string, now time.Time) (Key, []StoredSecret, error)
	// ListKeys returns up to limit keys with Seq > afterSeq, by Seq.
	ListKeys(ctx context.Context, afterSeq int64, limit int) ([]Key, error)
	// RotateKey adds sealed as the current secret, makes the previous
	// ones expire at graceUntil (or earlier, if they already did), adds
	// custodians to the key's, and deletes the key's UI sessions, all in
	// one transaction. A revoked key returns errs.Conflict.
	RotateKey(ctx context.Context, id string, sealed []byte, custodians []string, now, graceUntil time.Time) (Key, error)
	// RevokeKey marks the key revoked at now (the first revocation wins)
	// and deletes its UI sessions in the same transaction.
	RevokeKey(ctx context.Context, id string, now time.Time) (Key, error)
}

const secretBytes = 32

// ValidID reports whether id has the shape of a key id, tk_ and 20
// lowercase hex digits, so malformed ids are refused before any database
// lookup. Every signed request asks, so it is a loop, not a regexp.
func ValidID(id string) bool {
	if len(id) != 23 || id[:3] != "tk_" {
		return false
	}
	for i := 3; i < len(id); i++ {
		if c := id[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func newID() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return "tk_" + hex.EncodeToString(b)
}

func newSecret() string {
	b := make([]byte, secretBytes)
	_, _ = rand.Read(b)
	return "tss_" + base64.RawURLEncoding.EncodeToString(b)
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + s + `"`
}
