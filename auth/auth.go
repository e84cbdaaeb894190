// Package auth says who is asking and what they may do. Every door into
// Tessera (a signed API request, a web UI session, an event stream, the
// CLI) resolves its caller to one Principal with Resolve, from the API
// key's current state; domain services then decide with Authorize which
// scope may take which Action, and with Independent whether two principals
// may together satisfy a four-eyes rule. The table of actions (Rules) is
// the single source for the API's route scopes, the UI's checks, the
// stream's event filter and docs/security.md.
package auth

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// Scope is a right granted to an API key.
type Scope string

// The scopes.
const (
	Issuer     Scope = "issuer"
	Approver   Scope = "approver"
	Compliance Scope = "compliance"
	Oracle     Scope = "oracle"
	Auditor    Scope = "auditor"
	Admin      Scope = "admin"
)

// Scopes lists every scope an API key may hold.
var Scopes = []Scope{Issuer, Approver, Compliance, Oracle, Auditor, Admin}

// WalletHolder is the one scope of a wallet's principal (see Wallet): an
// investor signed in with Sign-In with Ethereum. No API key holds it.
const WalletHolder Scope = "wallet"

// Principal is the one answer to "who is asking": an API key with the
// person or service that owns it, its scopes and expiry as they are now,
// or a named system actor inside the server (a worker, the dev seed).
type Principal struct {
	// KeyID is the API key (tk_…); empty for a system principal.
	KeyID string `json:"key_id,omitempty"`
	// Name is the key's label.
	Name string `json:"name,omitempty"`
	// Owner is the person or service the key belongs to.
	Owner string `json:"owner"`
	// Custodians are every owner who has held this key's secret: its
	// owner, and the owners of the keys that created or rotated it (they
	// saw the secret in the response). Four-eyes needs two principals
	// whose custodians do not meet.
	Custodians []string   `json:"custodians"`
	Scopes     []Scope    `json:"scopes"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	// RotatedAt is when the key last got a new secret: a door that holds
	// on to a principal (an open stream) ends when it changes.
	RotatedAt *time.Time `json:"rotated_at,omitempty"`
	system    string
	wallet    string
}

// System returns the principal of a part of the server acting on its own
// (e.g. "compliance-worker"), holding scopes. Its actor is "system:<name>".
func System(name string, scopes ...Scope) Principal {
	owner := SystemPrefix + name
	return Principal{Owner: owner, Custodians: []string{owner}, Scopes: scopes, system: name}
}

// Wallet returns the principal of an investor's wallet that proved
// control by signing in (EIP-4361): address is its checksummed hex. It
// holds the WalletHolder scope only, and its actor is "wallet:0x…". The
// door that signed the wallet in is the only one that may make it.
func Wallet(address string) Principal {
	owner := WalletPrefix + address
	return Principal{Owner: owner, Custodians: []string{owner}, Scopes: []Scope{WalletHolder}, wallet: address}
}

// WalletAddress is the wallet of a wallet's principal ("" for any other).
func (p Principal) WalletAddress() string { return p.wallet }

// The prefixes of the canonical actor format recorded in every history
// row: "key:tk_…" for an API key, "system:<name>" for the server itself,
// "wallet:0x…" for an investor's signed-in wallet.
const (
	KeyPrefix    = "key:"
	SystemPrefix = "system:"
	WalletPrefix = "wallet:"
)

// Actor is the principal's canonical name in history rows.
func (p Principal) Actor() string {
	switch {
	case p.KeyID != "":
		return KeyPrefix + p.KeyID
	case p.wallet != "":
		return WalletPrefix + p.wallet
	}
	return SystemPrefix + p.system
}

// IsZero reports whether p is no principal at all.
func (p Principal) IsZero() bool { return p.KeyID == "" && p.system == "" && p.wallet == "" }

// Has reports whether p holds at least one of scopes.
func (p Principal) Has(scopes ...Scope) bool {
	for _, s := range scopes {
		if slices.Contains(p.Scopes, s) {
			return true
		}
	}
	return false
}

// Can reports whether p may take action a.
func (p Principal) Can(a Action) bool { return Authorize(p, a) == nil }

// Authorize returns nil when p may take action a, or a Forbidden error
// (missing_scope) naming the scopes that may. An unknown action is
// refused: an action missing from the table is a bug, never an open door.
func Authorize(p Principal, a Action) error {
	if p.IsZero() {
		return errs.E(errs.Unauthenticated, "missing_authorization", "the request is not authenticated")
	}
	r, ok := rules[a]
	if !ok {
		return errs.E(errs.Internal, "", "auth: unknown action "+string(a))
	}
	if p.Has(r.Scopes...) {
		return nil
	}
	return errs.E(errs.Forbidden, "missing_scope", "this needs a key with one of the scopes: "+joinScopes(r.Scopes))
}

// Independent returns nil when decider may decide what requester asked
// for under a four-eyes rule: their custodians must not meet, so neither
// a second key of the same owner, nor a key the requester's owner created
// or rotated (and so knows the secret of), can stand in for a second
// person. The error is Forbidden with code self_approval.
func Independent(requester, decider Principal) error {
	for _, c := range decider.Custodians {
		if slices.Contains(requester.Custodians, c) {
			return errs.E(errs.Forbidden, "self_approval",
				"four-eyes: the decision needs a principal independent of the requester ("+c+" holds both keys)")
		}
	}
	if len(decider.Custodians) == 0 || len(requester.Custodians) == 0 {
		return errs.E(errs.Forbidden, "self_approval", "four-eyes: a principal without an owner cannot take part")
	}
	return nil
}

// Directory finds the principal behind a recorded actor, so a decision
// can be checked against the requester as its key is now (revoked or not:
// its custodians still count). postgres.APIKeyStore implements it.
type Directory interface {
	Principal(ctx context.Context, actor string) (Principal, error)
}

// Check decides a four-eyes decision: decider may take action a, and is
// independent of the principal recorded as requesterActor.
func Check(ctx context.Context, dir Directory, a Action, decider Principal, requesterActor string) error {
	if err := Authorize(decider, a); err != nil {
		return err
	}
	if requesterActor == decider.Actor() {
		return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own request")
	}
	requester, err := Lookup(ctx, dir, requesterActor)
	if err != nil {
		return err
	}
	return Independent(requester, decider)
}

// Lookup resolves a recorded actor through dir; a system actor needs no
// directory.
func Lookup(ctx context.Context, dir Directory, actor string) (Principal, error) {
	if name, ok := strings.CutPrefix(actor, SystemPrefix); ok {
		return System(name), nil
	}
	if addr, ok := strings.CutPrefix(actor, WalletPrefix); ok {
		return Wallet(addr), nil
	}
	if dir == nil {
		return Principal{}, errs.E(errs.Internal, "", "auth: no directory to resolve "+actor)
	}
	return dir.Principal(ctx, actor)
}

// KeyState is what Resolve needs of an API key as stored now.
type KeyState struct {
	ID         string
	Name       string
	Owner      string
	Custodians []string
	Scopes     []Scope
	ExpiresAt  *time.Time
	RotatedAt  *time.Time
	RevokedAt  *time.Time
}

// Resolve turns a key's current state into the request's principal, or
// an Unauthenticated error when the key is revoked or expired at now.
// Every door calls it on every request, so a revocation, an expiry or a
// change of scopes takes effect at once everywhere.
func Resolve(k KeyState, now time.Time) (Principal, error) {
	if k.RevokedAt != nil && !now.Before(*k.RevokedAt) {
		return Principal{}, errs.E(errs.Unauthenticated, "key_revoked", "the API key has been revoked")
	}
	if k.ExpiresAt != nil && !now.Before(*k.ExpiresAt) {
		return Principal{}, errs.E(errs.Unauthenticated, "key_expired", "the API key has expired")
	}
	return k.Principal(), nil
}

// Principal is the key's principal regardless of whether it is usable
// now (for checking a past request's requester).
func (k KeyState) Principal() Principal {
	return Principal{KeyID: k.ID, Name: k.Name, Owner: k.Owner, Custodians: slices.Clone(k.Custodians),
		Scopes: slices.Clone(k.Scopes), ExpiresAt: k.ExpiresAt, RotatedAt: k.RotatedAt}
}

func joinScopes(ss []Scope) string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
