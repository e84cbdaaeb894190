package web

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// accessLog logs one line per request: method, route pattern, path, status,
// duration, bytes, request id and key id, and for failures the reason.
// It never logs headers or bodies, so secrets, signatures and the
// Authorization header stay out of the logs.
func accessLog(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			next.ServeHTTP(ww, r)
			status := ww.Status()
			if status == 0 {
				status = http.StatusOK
			}
			level := slog.LevelInfo
			if status >= 500 {
				level = slog.LevelError
			}
			if !log.Enabled(r.Context(), level) {
				return // nothing to build the line for
			}
			attrs := []slog.Attr{
				slog.String("method", r.Method),
				slog.String("route", routePattern(r)),
				slog.String("path", r.URL.Path),
				slog.Int("status", status),
				slog.Duration("duration", time.Since(start)),
				slog.Int("bytes", ww.BytesWritten()),
				slog.String("request_id", RequestID(r.Context())),
			}
			if ri := infoFrom(r.Context()); ri != nil {
				if ri.keyID != "" {
					attrs = append(attrs, slog.String("key_id", ri.keyID))
				}
				if ri.authFailure != "" {
					attrs = append(attrs, slog.String("auth_failure", ri.authFailure))
				}
				if ri.err != nil && status >= 500 {
					attrs = append(attrs, slog.String("error", ri.err.Error()))
				}
			}
			log.LogAttrs(r.Context(), level, "request", attrs...)
		})
	}
}

// routePattern is the chi pattern that matched, e.g. /v1/keys/{id}, so
// logs and metrics group requests by route, not by id.
func routePattern(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil {
		if p := rc.RoutePattern(); p != "" {
			return p
		}
	}
	return "unmatched"
}
