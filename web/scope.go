package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/web/apikey"
)

// requireScope lets through callers holding one of scopes; no scopes means
// any authenticated caller. Read routes (GET, HEAD) also let auditors
// through: an auditor reads everything and writes nothing.
func requireScope(method string, scopes []apikey.Scope) func(http.Handler) http.Handler {
	allowed := slices.Clone(scopes)
	if len(allowed) > 0 && (method == http.MethodGet || method == http.MethodHead) && !slices.Contains(allowed, apikey.Auditor) {
		allowed = append(allowed, apikey.Auditor)
	}
	names := make([]string, len(allowed))
	for i, s := range allowed {
		names[i] = string(s)
	}
	msg := "this route needs a key with one of the scopes: " + strings.Join(names, ", ")
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c, ok := CallerFrom(r.Context())
			if !ok {
				Error(w, r, errs.E(errs.Unauthenticated, "missing_authorization", "the request is not authenticated"))
				return
			}
			if len(allowed) > 0 && !(apikey.Key{Scopes: c.Scopes}).HasAny(allowed...) {
				Error(w, r, errs.E(errs.Forbidden, "missing_scope", msg))
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
