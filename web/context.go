package web

import (
	"context"
	"crypto/sha256"
	"net/http"
	"reflect"

	"github.com/tessera-rwa/tessera/auth"
)

type ctxKey int

const (
	infoKey ctxKey = iota
	callerKey
	idempotencyKey
)

// requestInfo is shared by the middleware of one request: the outer ones
// (access log, metrics) read what the inner ones (auth, error rendering)
// learn, which a context value set further in could not carry back out.
type requestInfo struct {
	id          string
	keyID       string
	err         error // the error rendered, logged by the access log
	authFailure string
	bodyHash    [sha256.Size]byte // set once authentication read the body
	bodyRead    bool
	response    reflect.Type // the route's declared response type (Route.Response), nil outside a /v1 route
	// caller is the principal a signed request resolved to (authenticated:
	// it did), kept here rather than in a context of its own: one request
	// copy and two allocations less on every signed request.
	caller        auth.Principal
	authenticated bool
}

func infoFrom(ctx context.Context) *requestInfo {
	if ri, ok := ctx.Value(infoKey).(*requestInfo); ok {
		return ri
	}
	return nil
}

// RequestID returns the id of the request being served ("" outside one).
func RequestID(ctx context.Context) string {
	if ri := infoFrom(ctx); ri != nil {
		return ri.id
	}
	return ""
}

// PrincipalFrom returns the principal the request was resolved to: the
// one WithPrincipal put in ctx, else the one the request's signature
// resolved to.
func PrincipalFrom(ctx context.Context) (auth.Principal, bool) {
	if p, ok := ctx.Value(callerKey).(auth.Principal); ok {
		return p, true
	}
	if ri := infoFrom(ctx); ri != nil && ri.authenticated {
		return ri.caller, true
	}
	return auth.Principal{}, false
}

// principal is the request's principal; the zero Principal, which every
// domain check refuses, outside an authenticated request.
func principal(r *http.Request) auth.Principal {
	p, _ := PrincipalFrom(r.Context())
	return p
}

// WithPrincipal returns ctx carrying p, for doors other than the signed
// API (the web UI) that serve through the same handlers.
func WithPrincipal(ctx context.Context, p auth.Principal) context.Context {
	return context.WithValue(ctx, callerKey, p)
}

// IdempotencyKey returns the request's idempotency key, scoped to its API
// key as "<key id>/<Idempotency-Key>", so it is unique across callers and
// can be passed on as the idempotency key of the work the request starts
// (a transaction manager request, for instance). It is "" when the request
// has none.
func IdempotencyKey(ctx context.Context) string {
	s, _ := ctx.Value(idempotencyKey).(string)
	return s
}
