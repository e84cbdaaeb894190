package web

import (
	"net/http"

	"github.com/tessera-rwa/tessera/api"
)

// me returns the principal the request resolved to: a cheap signed read,
// useful to check credentials.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	p, _ := PrincipalFrom(r.Context())
	JSON(w, r, http.StatusOK, api.Principal{KeyID: p.KeyID, Name: p.Name, Owner: p.Owner, Custodians: nonNil(p.Custodians),
		Scopes: scopeNames(p.Scopes), ExpiresAt: p.ExpiresAt, RotatedAt: p.RotatedAt})
	return nil
}
