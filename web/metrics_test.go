package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestMetricsByRoutePattern(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m, err := newMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	r := chi.NewRouter()
	r.Use(m.middleware)
	r.Get("/v1/keys/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) })
	for _, p := range []string{"/v1/keys/a", "/v1/keys/b", "/nowhere"} {
		r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	if got := testutil.ToFloat64(m.requests.WithLabelValues("/v1/keys/{id}", "GET", "404")); got != 2 {
		t.Errorf("requests by pattern = %v, want 2", got)
	}
	if got := testutil.ToFloat64(m.requests.WithLabelValues("unmatched", "GET", "404")); got != 1 {
		t.Errorf("unmatched requests = %v, want 1", got)
	}
	if n := testutil.CollectAndCount(m.duration); n != 2 {
		t.Errorf("latency series = %d, want 2", n)
	}
	// Each server registers on its own registry: a second one does not clash,
	// and registering twice on one registry is refused.
	if _, err := newMetrics(prometheus.NewRegistry()); err != nil {
		t.Errorf("second registry: %v", err)
	}
	if _, err := newMetrics(reg); err == nil {
		t.Error("registered twice on one registry")
	}
}
