// Package observe sets up what an operator reads of a running Tessera:
// structured logs (slog, JSON by default) carrying the request id of the
// HTTP request they belong to, and OpenTelemetry tracing with a
// configurable exporter that is off unless asked for.
package observe

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// NewLogger returns a logger writing format ("json" or "text") at level
// ("debug", "info", "warn", "error") to w. requestID, when not nil, reads
// the request id from a record's context, so every line logged while
// serving a request names it.
func NewLogger(w io.Writer, format, level string, requestID func(context.Context) string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(strings.ToUpper(level))); err != nil {
		return nil, fmt.Errorf("observe: log level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	var h slog.Handler
	switch format {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("observe: log format %q: want json or text", format)
	}
	return slog.New(contextHandler{Handler: h, requestID: requestID}), nil
}

// contextHandler adds the request id and the trace id found in a record's
// context.
type contextHandler struct {
	slog.Handler
	requestID func(context.Context) string
}

func (h contextHandler) Handle(ctx context.Context, r slog.Record) error {
	if ctx != nil {
		if h.requestID != nil && !hasAttr(r, "request_id") {
			if id := h.requestID(ctx); id != "" {
				r.AddAttrs(slog.String("request_id", id))
			}
		}
		if id := TraceID(ctx); id != "" {
			r.AddAttrs(slog.String("trace_id", id))
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h contextHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return contextHandler{Handler: h.Handler.WithAttrs(attrs), requestID: h.requestID}
}

func (h contextHandler) WithGroup(name string) slog.Handler {
	return contextHandler{Handler: h.Handler.WithGroup(name), requestID: h.requestID}
}

func hasAttr(r slog.Record, key string) bool {
	found := false
	r.Attrs(func(a slog.Attr) bool {
		found = a.Key == key
		return !found
	})
	return found
}
