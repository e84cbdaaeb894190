package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// router assembles the public HTTP surface. Outside /v1: probes and the
// docs page, unauthenticated. Under /v1: the OpenAPI description, then
// every signed route. Metrics are on the operations listener (opsRouter).
func (s *Server) router() *chi.Mux {
	r := s.newRouter("; see /docs", allowedHosts(s.cfg.AllowedHosts))

	r.Get("/healthz", s.healthz)
	r.Get("/readyz", s.readyz)
	r.Get("/docs", s.docsPage)
	for _, p := range s.cfg.Public {
		if p.Ops {
			continue
		}
		r.With(rateLimit(s.cfg.RateLimit.PerIP, s.cfg.RateLimit.Window, keyOfIP)).Method(p.Method, p.Path, p.Handler)
	}

	r.Route("/v1", func(r chi.Router) {
		r.Use(routeEscaped("/v1"), rateLimit(s.cfg.RateLimit.PerIP, s.cfg.RateLimit.Window, keyOfIP), strictQuery)
		r.Get("/openapi.json", s.openAPIJSON)
		r.Group(func(r chi.Router) {
			r.Use(
				authenticate(authConfig{Early: earlyRoutes(s.routes), Keys: s.keys, Nonces: s.nonces, Window: s.cfg.AuthWindow, Now: s.cfg.Now, Metrics: s.metrics,
					Limit: newKeyLimit(s.cfg.RateLimit.PerKey, s.cfg.RateLimit.Window)}),
			)
			for _, rt := range s.routes {
				r.With(s.routeMiddleware(rt)...).Method(rt.Method, rt.Pattern, rt.Handler)
			}
		})
	})
	return r
}

// newRouter is a router with the middleware every listener runs, in
// order: request id, tracing, access log, metrics, panic recovery, then
// extra, then the body limit; unknown routes and methods answer JSON
// errors (notFound completes the message).
func (s *Server) newRouter(notFound string, extra ...func(http.Handler) http.Handler) *chi.Mux {
	r := chi.NewRouter()
	r.NotFound(HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		return errs.E(errs.NotFound, "route_not_found", "no route "+r.URL.Path+notFound)
	}).ServeHTTP)
	r.MethodNotAllowed(HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		return errs.E(errs.MethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+r.URL.Path)
	}).ServeHTTP)
	mw := []func(http.Handler) http.Handler{requestID, tracing, accessLog(s.log), s.metrics.middleware, recoverer}
	mw = append(mw, extra...)
	r.Use(append(mw, bodyLimit(s.cfg.MaxBodyBytes))...)
	return r
}

// apiRoutes is the table of built-in /v1 routes; Config.Routes adds more.
func (s *Server) apiRoutes() []Route {
	return []Route{
		{Method: "GET", Pattern: "/me", Summary: "The principal the request resolves to: key, owner, custodians, scopes, expiry",
			Action: auth.MeRead, Response: api.Principal{}, Handler: s.me},

		{Method: "GET", Pattern: "/keys", Summary: "List API keys, oldest first", Action: auth.KeyRead,
			Response: api.List[api.Key]{}, Paginated: true, Handler: s.listKeys},
		{Method: "POST", Pattern: "/keys", Summary: "Create an API key; the secret is in this response only", Action: auth.KeyCreate,
			Idempotency: IdempotencyRequired, Status: http.StatusCreated,
			Request: api.NewKey{}, Response: api.KeyWithSecret{}, Handler: s.createKey},
		{Method: "GET", Pattern: "/keys/{id}", Summary: "One API key", Action: auth.KeyRead,
			Response: api.Key{}, Handler: s.getKey},
		{Method: "POST", Pattern: "/keys/{id}/rotate", Summary: "Give a key a new secret; the old one works for the grace period; its UI sessions and streams end", Action: auth.KeyRotate,
			Idempotency: IdempotencyRequired, Request: api.RotateKey{}, Response: api.KeyWithSecret{}, Handler: s.rotateKey},
		{Method: "POST", Pattern: "/keys/{id}/revoke", Summary: "Revoke a key at once; its UI sessions and streams end", Action: auth.KeyRevoke,
			Idempotency: IdempotencyRequired, Response: api.Key{}, Handler: s.revokeKey},
	}
}
