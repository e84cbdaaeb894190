package web

import (
	"log/slog"
	"net/http"
	"slices"
	"strings"
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
//
// A public route may hand a wildcard (the web UI's /ui/*) to a router that
// matches the whole path again (/ui/console): chi joins the two patterns
// into /ui/ui/console, so a wildcard pattern whose next pattern repeats its
// prefix is left out of the join.
func routePattern(r *http.Request) string {
	rc := chi.RouteContext(r.Context())
	if rc == nil {
		return "unmatched"
	}
	pats := rc.RoutePatterns
	for i := 0; i+1 < len(pats); i++ {
		if prefix, ok := strings.CutSuffix(pats[i], "*"); ok && prefix != "/" && strings.HasPrefix(pats[i+1], prefix) {
			joined := &chi.Context{RoutePatterns: append(slices.Clip(pats[:i]), pats[i+1:]...)}
			return patternOr(joined.RoutePattern())
		}
	}
	return patternOr(rc.RoutePattern())
}

func patternOr(p string) string {
	if p == "" {
		return "unmatched"
	}
	return p
}
