package observe

import (
	"context"
	"fmt"
	"io"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

// TracingConfig chooses where spans go.
type TracingConfig struct {
	// Exporter is "none" (the default: spans are not recorded), "stdout"
	// (JSON to Stdout) or "otlp" (OTLP over HTTP, configured by the
	// standard OTEL_EXPORTER_OTLP_* variables).
	Exporter    string
	SampleRatio float64 // of new traces; requests carrying a sampled traceparent follow their parent
	ServiceName string
	Stdout      io.Writer
	// SpanExporter, when set, replaces Exporter and receives each span as
	// it ends (tests use an in-memory one).
	SpanExporter sdktrace.SpanExporter
}

// SetupTracing installs the global tracer provider and the W3C trace
// context propagator, and returns the function that flushes and stops the
// exporter. With no exporter the global no-op provider stays in place, so
// instrumented code costs next to nothing.
func SetupTracing(ctx context.Context, cfg TracingConfig) (shutdown func(context.Context) error, err error) {
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	exp := cfg.SpanExporter
	if exp == nil {
		switch cfg.Exporter {
		case "", "none":
			return func(context.Context) error { return nil }, nil
		case "stdout":
			exp, err = stdouttrace.New(stdouttrace.WithWriter(cfg.Stdout))
		case "otlp":
			exp, err = otlptracehttp.New(ctx)
		default:
			return nil, fmt.Errorf("observe: traces exporter %q: want none, stdout or otlp", cfg.Exporter)
		}
		if err != nil {
			return nil, fmt.Errorf("observe: %w", err)
		}
	}
	name := cfg.ServiceName
	if name == "" {
		name = "tessera"
	}
	res := resource.NewSchemaless(semconv.ServiceName(name))
	// A given exporter (tests) gets every span as it ends; real ones batch.
	proc := sdktrace.WithBatcher(exp)
	if cfg.SpanExporter != nil {
		proc = sdktrace.WithSyncer(exp)
	}
	tp := sdktrace.NewTracerProvider(
		proc,
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(cfg.SampleRatio))),
	)
	otel.SetTracerProvider(tp)
	return tp.Shutdown, nil
}

// TraceID is the id of the span in ctx, or "".
func TraceID(ctx context.Context) string {
	sc := trace.SpanContextFromContext(ctx)
	if !sc.HasTraceID() {
		return ""
	}
	return sc.TraceID().String()
}
