package web

import (
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/tessera-rwa/tessera/auth"
)

// Route is one /v1 route: how it is served, who may call it, and how the
// OpenAPI description shows it. Other packages mount theirs through
// Config.Routes, e.g.
//
//	web.Route{Method: "POST", Pattern: "/assets", Action: auth.AssetCreate,
//		Idempotency: web.IdempotencyRequired, Status: 201,
//		Request: api.NewAsset{}, Response: api.Asset{}, Handler: h.create}
//
// The handler reads the principal with PrincipalFrom and the idempotency key
// with IdempotencyKey, decodes its body (of the Request type) with Decode,
// writes a value of the Response type with JSON and returns errors built
// with package errs. Request and Response are types of package api, which
// the Go client shares; JSON refuses to send a successful response of
// another type than the route declares, so the OpenAPI description, which
// is reflected from them, is what the handler sends.
type Route struct {
	Method  string // GET, POST, PUT, PATCH or DELETE
	Pattern string // chi pattern under /v1, e.g. "/assets/{id}"
	Summary string // one line for the docs
	// Action is what the route does, in package auth's table: the
	// principals that may take it may call the route (the domain service
	// checks again). Empty means any valid key.
	Action auth.Action
	// Or is a second action that also admits the route (a transition is
	// either a lifecycle move or a verification; the body says which).
	Or auth.Action
	// Idempotency applies to write methods: the Idempotency-Key header is
	// required unless the route opts out (IdempotencyOptional).
	Idempotency Idempotency
	Status      int // success status; default 200
	Request     any // a value of the body type (nil: no body)
	// Response is a value of the response body type (nil: no body); a
	// paginated route answers an api.List.
	Response  any
	Paginated bool
	// Errors are error statuses the route answers beyond those that
	// follow from its shape (see errorStatuses), for the description.
	Errors []int
	// Query describes the route's query parameters for the docs.
	Query []QueryParam
	// WebSocket routes answer 101 and then send Response values as text
	// messages.
	WebSocket bool
	// Sequential keeps a GET route's handler from running before the
	// request is fully authenticated (see serveEarly): for reads that are
	// costly enough that running one for a replay would matter, and for
	// every handler that writes or flushes while it holds a database
	// connection (a stream from open rows): an early handler that writes
	// past earlyHold, or flushes, waits for its nonce's statement, which
	// needs a connection of the same pool.
	Sequential bool
	Handler    HandlerFunc
}

// QueryParam is one query parameter of a route, for the docs.
type QueryParam struct {
	Name, Description string
}

// IsWrite reports whether the route changes something.
func (rt Route) IsWrite() bool {
	switch rt.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

func (rt Route) successStatus() int {
	if rt.Status == 0 {
		return http.StatusOK
	}
	return rt.Status
}

func checkRoutes(routes []Route) error {
	seen := map[string]bool{}
	for _, rt := range routes {
		switch rt.Method {
		case http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
		default:
			return fmt.Errorf("web: route %s %s: unsupported method", rt.Method, rt.Pattern)
		}
		if !strings.HasPrefix(rt.Pattern, "/") || rt.Handler == nil {
			return fmt.Errorf("web: route %s %s: pattern must start with / and a handler is needed", rt.Method, rt.Pattern)
		}
		if rt.Summary == "" {
			return fmt.Errorf("web: route %s %s: a summary is needed for the docs", rt.Method, rt.Pattern)
		}
		if rt.Paginated && rt.Method != http.MethodGet {
			return fmt.Errorf("web: route %s %s: only GET routes are paginated", rt.Method, rt.Pattern)
		}
		if t := reflect.TypeOf(rt.Response); rt.Paginated && (t == nil || t.PkgPath() != wirePkg || !strings.HasPrefix(t.Name(), "List[")) {
			return fmt.Errorf("web: route %s %s: a paginated route answers an api.List, not %v", rt.Method, rt.Pattern, t)
		}
		id := rt.Method + " " + rt.Pattern
		if seen[id] {
			return fmt.Errorf("web: route %s registered twice", id)
		}
		seen[id] = true
	}
	return nil
}

// routeMiddleware is what stands in front of one route's handler: path
// parameters decoded, the response type declared for JSON to check, the
// scope check, then, on writes, idempotency.
func (s *Server) routeMiddleware(rt Route) []func(http.Handler) http.Handler {
	mw := []func(http.Handler) http.Handler{decodePathParams, declareResponse(rt.Response), requireAction(rt.Action, rt.Or)}
	if rt.IsWrite() {
		mw = append(mw, idempotent(idempotencyConfig{
			Store: s.idem, Box: s.idemBox, TTL: s.cfg.IdempotencyTTL, Lock: s.cfg.IdempotencyLock,
			Required: rt.Idempotency == IdempotencyRequired, Resumable: resumable(rt), Logger: s.log,
		}))
	}
	return mw
}

// resumable reports whether a write may simply run again after a failure
// that followed its first commit: deciding twice is refused
// (already_decided) or resumes a sending a crash cut off, and a
// transition, tokenization, publication, revocation or reconciliation
// picks up where it stopped. Every other write creates something, and runs
// once per idempotency key whatever happens (docs/auth.md).
func resumable(rt Route) bool {
	for _, a := range []auth.Action{rt.Action, rt.Or} {
		if r, ok := auth.RuleOf(a); ok && r.FourEyes() {
			return true
		}
	}
	switch rt.Action {
	case auth.AssetTransition, auth.AssetTokenize, auth.DistributionPub, auth.KeyRevoke, auth.ComplianceRun:
		return true
	}
	return false
}

// PublicRoute is an unauthenticated route outside /v1.
type PublicRoute struct {
	Method      string // GET or POST
	Path        string // e.g. "/ea"
	Summary     string // one line for the docs
	ContentType string // of the response, for the description
	Handler     http.Handler
	// Ops serves the route on the operations listener (Config.OpsAddr)
	// instead of the public one, for callers inside the deployment such
	// as a Chainlink node's bridge.
	Ops bool
}
