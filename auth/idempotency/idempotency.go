// Package idempotency is the vocabulary of idempotent writes: the record
// kept per (API key, Idempotency-Key), the claim a running request holds on
// it, and the context that carries the claim into the store, so that a
// request's domain writes and its claim commit together. The API applies
// it (web); PostgreSQL keeps the records (postgres.IdempotencyStore).
package idempotency

import (
	"context"
	"errors"
)

// Record is the state of one (API key, Idempotency-Key).
type Record struct {
	Fingerprint []byte // hash of the request the key was first used with
	Done        bool   // false while the first request is still running
	Status      int
	ContentType string
	Body        []byte // as given to Complete (sealed by the caller)
	// Claim is the token of the caller's claim when Begin claimed the
	// record: Complete and Release take it.
	Claim string
	// Committed reports that the first request committed a change (see
	// WithClaim) but stored no response; Lapsed, that its lock has run
	// out, so it is not running any more.
	Committed, Lapsed bool
}

// Claim is a running request's hold on its record.
type Claim struct{ KeyID, Key, Token string }

type claimKey struct{}

// WithClaim returns ctx under which every transaction the store commits
// also marks the claimed record as committed, in the same transaction. A
// request's domain writes and its claim thus commit together: a retry
// after a crash before the response was stored finds the mark and does not
// run the request again. A transaction whose claim was taken over
// meanwhile does not commit (ErrClaimLost): a request that outlived its
// lock changes nothing.
func WithClaim(ctx context.Context, c Claim) context.Context {
	return context.WithValue(ctx, claimKey{}, c)
}

// ClaimFrom returns the claim ctx carries, if any.
func ClaimFrom(ctx context.Context) (Claim, bool) {
	c, ok := ctx.Value(claimKey{}).(Claim)
	return c, ok
}

// ErrClaimLost is returned when the caller's claim is no longer the
// record's: its lock lapsed and another request took the key over (or the
// record expired). Nothing was changed.
var ErrClaimLost = errors.New("idempotency claim lost: another request holds this key now")
