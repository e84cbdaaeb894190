package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
)

func mustServer(tb testing.TB, cfg Config) *Server {
	tb.Helper()
	cfg.MasterKey = make([]byte, 32)
	s, err := New(withTestStores(tb, cfg))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestOpenAPIDescribesEveryRoute walks the router and checks that every
// registered route is in the OpenAPI description, and every described
// route is registered, mounted routes included.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	t.Parallel()
	s := mustServer(t, Config{Routes: []Route{{
		Method: "POST", Pattern: "/assets/{symbol:[A-Z]+}/mints", Summary: "Mint", Action: auth.MintRequest,
		Idempotency: IdempotencyRequired, Request: struct {
			Amount string `json:"amount"`
		}{}, Handler: func(w http.ResponseWriter, r *http.Request) error { return nil },
	}}, Public: []PublicRoute{{Method: "POST", Path: "/ea", Summary: "External Adapter", ContentType: "application/json",
		Handler: http.NotFoundHandler()}}})

	var registered []string
	err := chi.Walk(s.mux, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		route = openAPIPath(strings.TrimSuffix(route, "/"))
		if rest, ok := strings.CutSuffix(route, "/*"); ok {
			route = rest + "/{path}"
		}
		registered = append(registered, method+" "+route)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(s.spec, &spec); err != nil {
		t.Fatal(err)
	}
	if spec.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q", spec.OpenAPI)
	}
	var described []string
	for path, ops := range spec.Paths {
		for method, op := range ops {
			described = append(described, strings.ToUpper(method)+" "+path)
			if op["summary"] == "" || op["operationId"] == "" || op["responses"] == nil {
				t.Errorf("%s %s lacks summary, operationId or responses", method, path)
			}
		}
	}
	sort.Strings(registered)
	sort.Strings(described)
	if strings.Join(registered, "\n") != strings.Join(described, "\n") {
		t.Errorf("router and description differ:\nregistered:\n%s\ndescribed:\n%s", strings.Join(registered, "\n"), strings.Join(described, "\n"))
	}
	if len(registered) < 11 {
		t.Errorf("only %d routes registered", len(registered))
	}

	mint := spec.Paths["/v1/assets/{symbol}/mints"]["post"]
	params, _ := json.Marshal(mint["parameters"])
	if !strings.Contains(string(params), `"name":"symbol"`) || !strings.Contains(string(params), `"name":"Idempotency-Key","required":true`) {
		t.Errorf("mounted route parameters: %s", params)
	}
	list, _ := json.Marshal(spec.Paths["/v1/keys"]["get"])
	for _, want := range []string{`"name":"cursor"`, `"$ref":"#/components/schemas/KeyList"`, `"x-scopes":["admin"]`} {
		if !strings.Contains(string(list), want) {
			t.Errorf("GET /v1/keys description lacks %s: %s", want, list)
		}
	}
}

// The docs page loads nothing from elsewhere: its one script and its style
// are inline and run only by the nonce its Content-Security-Policy names,
// a fresh one per response, so it works offline and no injected script
// could run.
func TestDocsPageIsSelfContained(t *testing.T) {
	t.Parallel()
	s := mustServer(t, Config{})
	get := func() *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/docs", nil))
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("docs: %d %v", rec.Code, rec.Header())
		}
		return rec
	}
	rec := get()
	page := rec.Body.String()
	for _, want := range []string{"/v1/keys/{id}/rotate", "TESSERA-HMAC-SHA256", "/readyz", `id="q"`} {
		if !strings.Contains(page, want) {
			t.Errorf("docs page lacks %q", want)
		}
	}
	if m := regexp.MustCompile(`(?i)<link|<img|<iframe|\bsrc\s*=|(href|action)\s*=\s*"(https?:)?//|@import|url\(`).FindString(page); m != "" {
		t.Errorf("docs page loads something from elsewhere: %q", m)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	nonce := regexp.MustCompile(`script-src 'nonce-([A-Za-z0-9_-]{20,})'`).FindStringSubmatch(csp)
	if nonce == nil || !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Fatalf("Content-Security-Policy %q: want default-src 'none' and scripts by nonce only", csp)
	}
	tags := regexp.MustCompile(`<(script|style)[^>]*>`).FindAllString(page, -1)
	if len(tags) != 2 {
		t.Errorf("want one inline script and one style, got %q", tags)
	}
	for _, tag := range tags {
		if tag != `<script nonce="`+nonce[1]+`">` && tag != `<style nonce="`+nonce[1]+`">` {
			t.Errorf("%s does not carry the policy's nonce %s", tag, nonce[1])
		}
	}
	if again := get().Header().Get("Content-Security-Policy"); again == csp {
		t.Error("two responses share a nonce")
	}
	rec = httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/v1/openapi.json", nil))
	if rec.Code != 200 || !json.Valid(rec.Body.Bytes()) {
		t.Errorf("openapi.json: %d", rec.Code)
	}
}

// TestOpenAPIFieldTags: a field's doc and enum tags reach its schema, so
// the document states what the Go type cannot (the reserve guard's margin
// modes and what they mean).
func TestOpenAPIFieldTags(t *testing.T) {
	t.Parallel()
	g := newSchemas()
	g.of(reflect.TypeFor[api.SetRules]())
	rg, ok := g.components["ReserveGuard"].(map[string]any)
	if !ok {
		t.Fatalf("no ReserveGuard component: %v", g.components)
	}
	props := rg["properties"].(map[string]any)
	mode := props["margin_mode"].(map[string]any)
	if !reflect.DeepEqual(mode["enum"], []string{"none", "bps", "absolute"}) || !strings.Contains(mode["description"].(string), "basis points") {
		t.Errorf("margin_mode %v", mode)
	}
	feed := props["feed"].(map[string]any)
	if feed["$ref"] != "#/components/schemas/Address" || feed["description"] == nil {
		t.Errorf("feed %v", feed)
	}
	if req := rg["required"]; !reflect.DeepEqual(req, []string{"feed", "max_age"}) {
		t.Errorf("required %v", req)
	}
}
