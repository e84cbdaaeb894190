package web

import (
	"context"
	"crypto/sha256"

	"github.com/tessera-rwa/tessera/web/apikey"
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

// Caller is the API key a request was signed with.
type Caller struct {
	KeyID  string         `json:"key_id"`
	Name   string         `json:"name"`
	Scopes []apikey.Scope `json:"scopes"`
}

// CallerFrom returns the authenticated caller of the request.
func CallerFrom(ctx context.Context) (Caller, bool) {
	c, ok := ctx.Value(callerKey).(Caller)
	return c, ok
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
