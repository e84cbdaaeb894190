package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/errs"
)

// Path parameters are decoded once. The signature covers the path as sent,
// percent-encoding kept (signing.FromHTTP), so the /v1 routes are matched
// against that same escaped form (routeEscaped), and each parameter is
// then unescaped exactly once before the handler reads it
// (decodePathParams). Left to itself, chi matches the decoded path when
// the escaping is the default one and the escaped path otherwise, so a
// parameter arrived decoded or not depending on how the client escaped
// it: /v1/assets/<id> with one character percent-encoded reached the
// handler still encoded, and named no asset.

// routeEscaped makes the /v1 router match the escaped path, the one the
// signature covers. It runs in front of the router mounted at prefix.
func routeEscaped(prefix string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if rctx := chi.RouteContext(r.Context()); rctx != nil {
				if rest, ok := strings.CutPrefix(r.URL.EscapedPath(), prefix); ok {
					if rest == "" {
						rest = "/"
					}
					rctx.RoutePath = rest
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}

// decodePathParams unescapes the route's parameters, which routeEscaped
// left as sent, once.
func decodePathParams(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rctx := chi.RouteContext(r.Context()); rctx != nil {
			ps := &rctx.URLParams
			for i := range ps.Values {
				if i >= len(ps.Keys) || ps.Keys[i] == "*" {
					continue
				}
				v, err := url.PathUnescape(ps.Values[i])
				if err != nil {
					Error(w, r, errs.E(errs.Invalid, "invalid_path", "path parameter "+ps.Keys[i]+" is not validly percent-encoded"))
					return
				}
				ps.Values[i] = v
			}
		}
		next.ServeHTTP(w, r)
	})
}
