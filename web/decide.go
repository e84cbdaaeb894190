package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// decideRequest is the approve or the reject route of a four-eyes request:
// the request's id from the path (id), the decision's note from the body,
// the domain's decision (decide, which checks who may decide: the doors
// never do) and its result as the API shows it (wire).
func decideRequest[T, W any](w http.ResponseWriter, r *http.Request, id func(*http.Request) (int64, error),
	decide func(context.Context, auth.Principal, int64, string) (T, error), wire func(T) W) error {
	n, err := id(r)
	if err != nil {
		return err
	}
	var req api.Decision
	if err := Decode(r, &req); err != nil {
		return err
	}
	out, err := decide(r.Context(), principal(r), n, req.Note)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, wire(out))
	return nil
}

// idParam reads the path's positive integer {id}; anything else is
// NotFound with code and msg, as no such request exists.
func idParam(r *http.Request, code, msg string) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.E(errs.NotFound, code, msg)
	}
	return id, nil
}
