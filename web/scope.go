package web

import (
	"net/http"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// requireAction lets through principals that may take action (the one
// table in package auth); an empty action means any authenticated
// principal. The domain services check again: this only refuses early,
// before a body is decoded.
func requireAction(action, or auth.Action) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p, ok := PrincipalFrom(r.Context())
			if !ok {
				Error(w, r, errs.E(errs.Unauthenticated, "missing_authorization", "the request is not authenticated"))
				return
			}
			if action != "" {
				if err := auth.Authorize(p, action); err != nil && (or == "" || !p.Can(or)) {
					Error(w, r, err)
					return
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}
