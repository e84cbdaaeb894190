package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace/noop"
)

// With an exporter, each request is a server span named after its route,
// with the status and request id; without one, requests pass through
// the same.
func TestTracing(t *testing.T) {
	r := chi.NewRouter()
	r.Use(requestID, tracing)
	r.Get("/v1/things/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })
	get := func() *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/v1/things/42", nil)
		req.Header.Set(HeaderRequestID, "req-7")
		r.ServeHTTP(rec, req)
		return rec
	}
	if rec := get(); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("without an exporter: %d", rec.Code)
	}

	exp := tracetest.NewInMemoryExporter()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)))
	t.Cleanup(func() { otel.SetTracerProvider(noop.NewTracerProvider()) })
	if rec := get(); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("with an exporter: %d", rec.Code)
	}
	spans := exp.GetSpans()
	if len(spans) != 1 || spans[0].Name != "GET /v1/things/{id}" || spans[0].Status.Code.String() != "Error" {
		t.Fatalf("spans: %+v", spans)
	}
	attrs := map[attribute.Key]attribute.Value{}
	for _, a := range spans[0].Attributes {
		attrs[a.Key] = a.Value
	}
	if attrs["http.route"].AsString() != "/v1/things/{id}" || attrs["http.response.status_code"].AsInt64() != 503 ||
		attrs["tessera.request_id"].AsString() != "req-7" || attrs["url.path"].AsString() != "/v1/things/42" {
		t.Fatalf("attributes: %v", attrs)
	}
}
