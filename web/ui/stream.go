package ui

import (
	"net/http"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
)

// stream is the event stream for the operator pages' live sections: the
// API's stream, authenticated by the session cookie instead of a request
// signature. Browsers of other origins are refused at the handshake.
func (u *UI) stream(w http.ResponseWriter, r *http.Request) {
	if u.cfg.Stream == nil {
		web.Error(w, r, errs.E(errs.NotFound, "stream_not_running", "this server runs no event stream; the pages refresh by polling"))
		return
	}
	// The same action, from the same table, as GET /v1/stream; the hub
	// narrows the event types to the operator key's, caps the streams
	// per key and ends them when the key is rotated or revoked.
	p, err := principal(r, auth.StreamRead)
	if err != nil {
		web.Error(w, r, err)
		return
	}
	req, err := stream.ParseRequest(r.URL.Query())
	if err == nil {
		err = u.cfg.Stream.Serve(w, r, p, req)
	}
	if err != nil {
		web.Error(w, r, err)
	}
}
