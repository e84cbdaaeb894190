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
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// Scope is a right granted to a key.
type Scope string

// The scopes. A route names the scopes that may call it; Auditor may call
// every read route and no write route; Admin manages keys.
const (
	Issuer     Scope = "issuer"
	Approver   Scope = "approver"
	Compliance Scope = "compliance"
	Oracle     Scope = "oracle"
	Auditor    Scope = "auditor"
	Admin      Scope = "admin"
)

// Scopes lists every scope.
var Scopes = []Scope{Issuer, Approver, Compliance, Oracle, Auditor, Admin}

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
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Scopes    []Scope    `json:"scopes"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	RotatedAt *time.Time `json:"rotated_at,omitempty"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
	// Seq orders keys by creation for keyset pagination.
	Seq int64 `json:"-"`
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

// Usable returns nil when the key may sign requests at now, or an
// Unauthenticated error saying why not.
func (k Key) Usable(now time.Time) error {
	if k.RevokedAt != nil && !now.Before(*k.RevokedAt) {
		return errs.E(errs.Unauthenticated, "key_revoked", "the API key has been revoked")
	}
	if k.ExpiresAt != nil && !now.Before(*k.ExpiresAt) {
		return errs.E(errs.Unauthenticated, "key_expired", "the API key has expired")
	}
	return nil
}

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
	// RotateKey adds sealed as the current secret and makes the previous
	// ones expire at graceUntil (or earlier, if they already did).
	// A revoked key returns errs.Conflict.
	RotateKey(ctx context.Context, id string, sealed []byte, now, graceUntil time.Time) (Key, error)
	// RevokeKey marks the key revoked at now (the first revocation wins).
	RevokeKey(ctx context.Context, id string, now time.Time) (Key, error)
}

var (
	idPattern   = regexp.MustCompile(`^tk_[0-9a-f]{20}$`)
	secretBytes = 32
)

// ValidID reports whether id has the shape of a key id, so malformed ids are
// refused before any database lookup.
func ValidID(id string) bool { return idPattern.MatchString(id) }

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
