package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestAllowedHosts pins the Host header: another host is refused before
// authentication, the probes answer any host.
func TestAllowedHosts(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{AllowedHosts: []string{"api.tessera.example", "API.tessera.example:8443"}})
	for _, tt := range []struct {
		host, path string
		status     int
		code       string
	}{
		{"api.tessera.example", "/v1/me", 401, "missing_authorization"},
		{"Api.Tessera.Example:8443", "/v1/me", 401, "missing_authorization"},
		{"api.tessera.example:8080", "/v1/me", 400, "host_not_allowed"},
		{"evil.example", "/v1/me", 400, "host_not_allowed"},
		{"evil.example", "/v1/openapi.json", 400, "host_not_allowed"},
		{"evil.example", "/docs", 400, "host_not_allowed"},
		{"evil.example", "/healthz", 200, ""},
		{"evil.example", "/readyz", 200, ""},
	} {
		req, _ := http.NewRequest("GET", s.URL()+tt.path, nil)
		req.Host = tt.host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.code) {
			t.Errorf("Host %s %s: %d %s, want %d %s", tt.host, tt.path, resp.StatusCode, b, tt.status, tt.code)
		}
	}
	if _, err := web.New(webtest.Stores(t, s.Pool, web.Config{AllowedHosts: []string{"https://api.example"}})); err == nil {
		t.Error("an allowed host with a scheme was accepted")
	}
}
