package web_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestWritesNeedIdempotencyKey checks that every write route requires an
// Idempotency-Key unless it opts out, and that only the naturally
// idempotent routes docs/auth.md names opt out.
func TestWritesNeedIdempotencyKey(t *testing.T) {
	t.Parallel()
	ok := func(w http.ResponseWriter, r *http.Request) error { w.WriteHeader(http.StatusNoContent); return nil }
	s := webtest.Start(t, web.Config{Routes: []web.Route{
		{Method: "POST", Pattern: "/things", Summary: "write", Handler: ok},
		{Method: "PUT", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "PATCH", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "DELETE", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "POST", Pattern: "/checks", Summary: "a check that changes nothing", Idempotency: web.IdempotencyOptional, Handler: ok},
	}})
	id, secret := s.NewKey(t, "k", apikey.Issuer)
	for _, tt := range []struct {
		method, path, idemKey string
		status                int
		code                  string
	}{
		{"POST", "/v1/things", "", 400, "idempotency_key_required"},
		{"PUT", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"PATCH", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"DELETE", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"POST", "/v1/things", "k1", 204, ""},
		{"PATCH", "/v1/things/1", "k2", 204, ""},
		{"POST", "/v1/checks", "", 204, ""},
		{"POST", "/v1/checks", "k3", 204, ""},
	} {
		status, detail, _ := send(t, s.URL(), rawRequest{method: tt.method, path: tt.path, body: "{}", keyID: id, secret: secret, idemKey: tt.idemKey})
		if status != tt.status || detail.Code != tt.code {
			t.Errorf("%s %s with key %q: %d %q, want %d %q", tt.method, tt.path, tt.idemKey, status, detail.Code, tt.status, tt.code)
		}
	}
	// The client sends a key on every write.
	c := s.Client(t, id, secret)
	for _, m := range []string{"POST", "PUT", "PATCH", "DELETE"} {
		path := "/v1/things/1"
		if m == "POST" {
			path = "/v1/things"
		}
		if err := c.Do(context.Background(), m, path, map[string]int{}, nil); err != nil {
			t.Errorf("client %s: %v", m, err)
		}
	}

	// The built-in tables: every write requires a key but these.
	optOut := map[string]bool{"POST /compliance/check": true}
	var routes []web.Route
	routes = append(routes, web.ComplianceRoutes(nil)...)
	routes = append(routes, web.IssuanceRoutes(nil)...)
	routes = append(routes, web.OracleRoutes(nil)...)
	routes = append(routes, web.AuditRoutes(web.AuditConfig{})...)
	for _, rt := range routes {
		if !rt.IsWrite() {
			continue
		}
		name := rt.Method + " " + rt.Pattern
		if got := rt.Idempotency == web.IdempotencyOptional; got != optOut[name] {
			t.Errorf("%s: opts out of Idempotency-Key = %v, want %v", name, got, optOut[name])
		}
	}
}
