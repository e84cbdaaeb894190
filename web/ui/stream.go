package ui

import (
	"context"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
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

// portalStream is the investor's event stream: the portal's live
// sections follow it. Only the signed-in wallet's own events reach it
// (stream.WalletEvents), and it ends with the session: signed out,
// expired, or the cookie's token no longer stored.
func (u *UI) portalStream(w http.ResponseWriter, r *http.Request) {
	if u.cfg.Stream == nil {
		web.Error(w, r, errs.E(errs.NotFound, "stream_not_running", "this server runs no event stream; the pages refresh by polling"))
		return
	}
	s, ok := sessionFrom(r.Context())
	if !ok || s.Kind != "investor" {
		web.Error(w, r, errs.E(errs.Unauthenticated, "not_signed_in", "sign in with your wallet"))
		return
	}
	wallet := common.HexToAddress(s.Subject)
	var held []string
	if u.cfg.Issuance != nil {
		hs, err := u.cfg.Issuance.Holdings(r.Context(), wallet, false)
		if err != nil {
			web.Error(w, r, err)
			return
		}
		for _, h := range hs {
			held = append(held, h.AssetID)
		}
	}
	token := s.TokenHash
	alive := func(ctx context.Context) error {
		now, ok, err := u.cfg.Sessions.Session(ctx, token, u.cfg.Now())
		if err == nil && (!ok || now.Subject != s.Subject) {
			err = errs.E(errs.Unauthenticated, "session_ended", "the session ended: sign in again")
		}
		return err
	}
	req, err := stream.ParseRequest(r.URL.Query())
	if err == nil {
		expires := s.ExpiresAt
		err = u.cfg.Stream.ServeWallet(w, r, wallet, held, &expires, alive, req)
	}
	if err != nil {
		web.Error(w, r, err)
	}
}
