package issuance

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

// traced runs fn in a span named name of the issuance instrumentation
// scope, so a trace reads HTTP → issuance → transaction manager. Spans go
// to the global provider (no-ops unless one is installed: observe).
func traced[T any](ctx context.Context, name string, attrs []attribute.KeyValue, fn func(context.Context) (T, error)) (T, error) {
	ctx, span := otel.Tracer("github.com/tessera-rwa/tessera/issuance").Start(ctx, name)
	defer span.End()
	span.SetAttributes(attrs...)
	v, err := fn(ctx)
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, name+" failed")
	}
	return v, err
}
