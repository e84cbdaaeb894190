package ui

import (
	"net/http"
	"slices"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/stream"
)

// stream is the event stream for the operator pages' live sections: the
// API's stream, authenticated by the session cookie instead of a request
// signature. Browsers of other origins are refused at the handshake.
func (u *UI) stream(w http.ResponseWriter, r *http.Request) {
	if u.cfg.Stream == nil {
		web.Error(w, r, errs.E(errs.NotFound, "stream_not_running", "this server runs no event stream; the pages refresh by polling"))
		return
	}
	s, _ := sessionFrom(r.Context())
	// The keys GET /v1/stream admits, auditors included.
	scopes := append(slices.Clone(web.StreamScopes), apikey.Auditor)
	if !slices.ContainsFunc(scopes, func(sc apikey.Scope) bool { return viewOf(s).has(sc) }) {
		web.Error(w, r, errs.E(errs.Forbidden, "missing_scope", "the stream needs an issuer, approver, compliance, admin or auditor key"))
		return
	}
	req, err := stream.ParseRequest(r.URL.Query())
	if err == nil {
		err = u.cfg.Stream.Serve(w, r, req)
	}
	if err != nil {
		web.Error(w, r, err)
	}
}
