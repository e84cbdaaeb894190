package observe

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
)

type ctxKey struct{}

func TestLoggerAddsRequestAndTraceIDs(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	log, err := NewLogger(&buf, "json", "info", func(ctx context.Context) string {
		id, _ := ctx.Value(ctxKey{}).(string)
		return id
	})
	if err != nil {
		t.Fatal(err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(tracetest.NewInMemoryExporter()))
	ctx, span := tp.Tracer("test").Start(context.WithValue(context.Background(), ctxKey{}, "req-42"), "op")
	log.With("component", "x").InfoContext(ctx, "inside a request", "n", 1)
	span.End()
	log.Info("outside")
	log.Debug("below the level")

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %d:\n%s", len(lines), buf.String())
	}
	var first, second map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	if first["request_id"] != "req-42" || first["trace_id"] != span.SpanContext().TraceID().String() || first["component"] != "x" {
		t.Errorf("line in a request = %v", first)
	}
	if _, ok := second["request_id"]; ok {
		t.Errorf("line outside a request has a request id: %v", second)
	}
}

func TestLoggerRefusesUnknownSettings(t *testing.T) {
	t.Parallel()
	if _, err := NewLogger(&bytes.Buffer{}, "xml", "info", nil); err == nil {
		t.Error("format xml accepted")
	}
	if _, err := NewLogger(&bytes.Buffer{}, "json", "loud", nil); err == nil {
		t.Error("level loud accepted")
	}
}

func TestTracingOffByDefault(t *testing.T) {
	t.Parallel()
	shutdown, err := SetupTracing(context.Background(), TracingConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if err := shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := SetupTracing(context.Background(), TracingConfig{Exporter: "zipkin"}); err == nil {
		t.Error("unknown exporter accepted")
	}
}
