package txmgr

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// tracer is the transaction manager's instrumentation scope; spans go to
// the global provider (no-ops unless one is installed).
func tracer() trace.Tracer { return otel.Tracer("github.com/tessera-rwa/tessera/chain/txmgr") }

// startSpan starts a span for r in ctx.
func startSpan(ctx context.Context, name string, r Request) (context.Context, trace.Span) {
	attrs := []attribute.KeyValue{attribute.String("txmgr.idempotency_key", r.IdempotencyKey)}
	if r.To != nil {
		attrs = append(attrs, attribute.String("txmgr.to", r.To.Hex()))
	}
	if r.Batch != nil {
		attrs = append(attrs, attribute.String("txmgr.batch_kind", r.Batch.Kind))
	}
	return tracer().Start(ctx, name, trace.WithAttributes(attrs...))
}

// endSpan records err on span and ends it.
func endSpan(span trace.Span, stored Request, err error) {
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "submit failed")
	} else {
		span.SetAttributes(attribute.Int64("txmgr.request_id", stored.ID), attribute.String("txmgr.state", string(stored.State)))
	}
	span.End()
}
