package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestOpsListener checks what each listener serves: /metrics and the
// routes marked Ops only on the operations listener, the API only on the
// public one, the probes on both.
func TestOpsListener(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{Public: []web.PublicRoute{
		{Method: "POST", Path: "/ea", Summary: "External Adapter", ContentType: "application/json", Ops: true,
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, `{"result":1}`) })},
		{Method: "GET", Path: "/hello", Summary: "public", ContentType: "text/plain",
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "hello") })},
	}})
	if s.OpsURL() == "" || s.OpsURL() == s.URL() {
		t.Fatalf("ops listener %q beside %q", s.OpsURL(), s.URL())
	}
	get := func(method, url string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, url, strings.NewReader("{}"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, tt := range []struct {
		method, base, path string
		status             int
		contains           string
	}{
		{"GET", s.URL(), "/metrics", 404, "route_not_found"},
		{"POST", s.URL(), "/ea", 404, "route_not_found"},
		{"GET", s.URL(), "/healthz", 200, ""},
		{"GET", s.URL(), "/readyz", 200, ""},
		{"GET", s.URL(), "/hello", 200, "hello"},
		{"GET", s.URL(), "/v1/openapi.json", 200, "openapi"},
		{"GET", s.OpsURL(), "/metrics", 200, "tessera_http_requests_total"},
		{"POST", s.OpsURL(), "/ea", 200, `"result":1`},
		{"GET", s.OpsURL(), "/healthz", 200, ""},
		{"GET", s.OpsURL(), "/readyz", 200, ""},
		{"GET", s.OpsURL(), "/hello", 404, ""},
		{"GET", s.OpsURL(), "/v1/openapi.json", 404, ""},
		{"GET", s.OpsURL(), "/docs", 404, ""},
	} {
		status, body := get(tt.method, tt.base+tt.path)
		if status != tt.status || !strings.Contains(body, tt.contains) {
			t.Errorf("%s %s%s: %d %.200s, want %d with %q", tt.method, tt.base, tt.path, status, body, tt.status, tt.contains)
		}
	}
	// The description names what the public listener serves, nothing else.
	_, spec := get("GET", s.URL()+"/v1/openapi.json")
	if strings.Contains(spec, `"/metrics"`) || strings.Contains(spec, `"/ea"`) || !strings.Contains(spec, `"/hello"`) {
		t.Errorf("OpenAPI paths: /metrics or /ea described, or /hello missing")
	}
}
