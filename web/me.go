package web

import "net/http"

// me returns the principal the request resolved to: a cheap signed read,
// useful to check credentials.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	p, _ := PrincipalFrom(r.Context())
	JSON(w, r, http.StatusOK, p)
	return nil
}
