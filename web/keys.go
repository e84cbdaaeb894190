package web

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
)

// keyWire is a key as the API shows it.
func keyWire(k apikey.Key) api.Key {
	return api.Key{ID: k.ID, Name: k.Name, Owner: k.Owner, Custodians: nonNil(k.Custodians), Scopes: scopeNames(k.Scopes),
		CreatedAt: k.CreatedAt, ExpiresAt: k.ExpiresAt, RotatedAt: k.RotatedAt, RevokedAt: k.RevokedAt}
}

func scopeNames(scopes []auth.Scope) []string {
	out := make([]string, len(scopes))
	for i, s := range scopes {
		out[i] = string(s)
	}
	return out
}

// nonNil is s, or an empty slice for nil: lists are never null on the api.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
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
	list := Paginate(page, keys, func(k apikey.Key) int64 { return k.Seq })
	JSON(w, r, http.StatusOK, api.List[api.Key]{Items: mapSlice(list.Items, keyWire), NextCursor: list.NextCursor})
	return nil
}

func (s *Server) createKey(w http.ResponseWriter, r *http.Request) error {
	var req api.NewKey
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
	key, secret, err := s.keys.Create(r.Context(), principal(r), apikey.CreateParams{Name: req.Name, Owner: req.Owner, Scopes: scopesOf(req.Scopes), ExpiresIn: expiresIn})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, api.KeyWithSecret{Key: keyWire(key), Secret: secret})
	return nil
}

func (s *Server) getKey(w http.ResponseWriter, r *http.Request) error {
	key, err := s.keys.Get(r.Context(), principal(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, keyWire(key))
	return nil
}

func (s *Server) rotateKey(w http.ResponseWriter, r *http.Request) error {
	var req api.RotateKey
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
	JSON(w, r, http.StatusOK, api.KeyWithSecret{Key: keyWire(key), Secret: secret})
	return nil
}

func (s *Server) revokeKey(w http.ResponseWriter, r *http.Request) error {
	key, err := s.keys.Revoke(r.Context(), principal(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, keyWire(key))
	return nil
}

func scopesOf(names []string) []auth.Scope {
	out := make([]auth.Scope, len(names))
	for i, n := range names {
		out[i] = auth.Scope(n)
	}
	return out
}

// mapSlice converts every element of s with f; nil becomes empty.
func mapSlice[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
