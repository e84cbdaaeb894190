package web

import "net/http"

// me returns the caller: a cheap signed read, useful to check credentials.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	c, _ := CallerFrom(r.Context())
	JSON(w, r, http.StatusOK, c)
	return nil
}
