package web

import (
	"net/http"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/errs"
)

// statusByKind is the one table from error kinds to HTTP status codes.
var statusByKind = map[errs.Kind]int{
	errs.Internal:         http.StatusInternalServerError,
	errs.Invalid:          http.StatusBadRequest,
	errs.Unauthenticated:  http.StatusUnauthorized,
	errs.Forbidden:        http.StatusForbidden,
	errs.NotFound:         http.StatusNotFound,
	errs.MethodNotAllowed: http.StatusMethodNotAllowed,
	errs.Conflict:         http.StatusConflict,
	errs.Unprocessable:    http.StatusUnprocessableEntity,
	errs.TooLarge:         http.StatusRequestEntityTooLarge,
	errs.UnsupportedMedia: http.StatusUnsupportedMediaType,
	errs.RateLimited:      http.StatusTooManyRequests,
	errs.Unavailable:      http.StatusServiceUnavailable,
}

// StatusOf returns the HTTP status for err.
func StatusOf(err error) int {
	if s, ok := statusByKind[errs.KindOf(err)]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Error renders err in the error model (api.ErrorBody). An internal error's details are
// only logged (by the access log), never sent: the caller gets the request
// id to quote instead.
func Error(w http.ResponseWriter, r *http.Request, err error) {
	kind := errs.KindOf(err)
	detail := api.ErrorDetail{Code: kind.String(), RequestID: RequestID(r.Context())}
	switch e := errs.As(err); {
	case kind == errs.Internal:
		detail.Message = "internal error; quote the request id when reporting it"
	case e != nil:
		detail.Code, detail.Message = e.Code, e.Message
	default: // a cancelled or timed-out context
		detail.Message = "the request did not finish in time; retry"
	}
	if ri := infoFrom(r.Context()); ri != nil {
		ri.err = err
	}
	status := StatusOf(err)
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, status, api.ErrorBody{Error: detail})
}

// HandlerFunc is an HTTP handler that returns its error for Error to
// render.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// ServeHTTP calls f and renders its error.
func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := f(w, r); err != nil {
		Error(w, r, err)
	}
}
