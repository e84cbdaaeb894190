package web

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/auth/apikey"
)

type createKeyRequest struct {
	Name string `json:"name"`
	// Owner is the person or service the key belongs to.
	Owner  string         `json:"owner"`
	Scopes []apikey.Scope `json:"scopes"`
	// ExpiresIn is a Go duration such as "720h"; absent: never expires.
	ExpiresIn string `json:"expires_in,omitempty"`
}

type rotateKeyRequest struct {
	// Grace is how long the previous secret keeps working, a Go duration
	// such as "24h" (the default) or "0s".
	Grace string `json:"grace,omitempty"`
}

type keyWithSecret struct {
	Key    apikey.Key `json:"key"`
	Secret string     `json:"secret"`
}

const defaultGrace = 24 * time.Hour

func (s *Server) listKeys(w http.ResponseWriter, r *http.Request) error {
	page, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	keys, err := s.keys.List(r.Context(), principal(r), page.After, page.Limit+1)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, Paginate(page, keys, func(k apikey.Key) int64 { return k.Seq }))
	return nil
}

func (s *Server) createKey(w http.ResponseWriter, r *http.Request) error {
	var req createKeyRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	var expiresIn time.Duration
	if req.ExpiresIn != "" {
		d, err := time.ParseDuration(req.ExpiresIn)
		if err != nil || d <= 0 {
			return errs.E(errs.Invalid, "invalid_expiry", `expires_in must be a positive duration such as "720h"`)
		}
		expiresIn = d
	}
	key, secret, err := s.keys.Create(r.Context(), principal(r), apikey.CreateParams{Name: req.Name, Owner: req.Owner, Scopes: req.Scopes, ExpiresIn: expiresIn})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, keyWithSecret{Key: key, Secret: secret})
	return nil
}

func (s *Server) getKey(w http.ResponseWriter, r *http.Request) error {
	key, err := s.keys.Get(r.Context(), principal(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, key)
	return nil
}

func (s *Server) rotateKey(w http.ResponseWriter, r *http.Request) error {
	var req rotateKeyRequest
	if r.ContentLength != 0 {
		if err := Decode(r, &req); err != nil {
			return err
		}
	}
	grace := defaultGrace
	if req.Grace != "" {
		d, err := time.ParseDuration(req.Grace)
		if err != nil || d < 0 {
			return errs.E(errs.Invalid, "invalid_grace", `grace must be a duration such as "24h" or "0s"`)
		}
		grace = d
	}
	key, secret, err := s.keys.Rotate(r.Context(), principal(r), chi.URLParam(r, "id"), grace)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, keyWithSecret{Key: key, Secret: secret})
	return nil
}

func (s *Server) revokeKey(w http.ResponseWriter, r *http.Request) error {
	key, err := s.keys.Revoke(r.Context(), principal(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, key)
	return nil
}
