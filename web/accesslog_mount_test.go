package web_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// A public route that hands a wildcard to a router matching whole paths,
// as the web UI is mounted (/ui/* → /ui/console), logs the inner route
// once: /ui/console/{id}, not /ui/ui/console/{id}.
func TestAccessLogNamesMountedRoutesOnce(t *testing.T) {
	t.Parallel()
	inner := chi.NewRouter()
	inner.Get("/ui/console/{id}", func(w http.ResponseWriter, r *http.Request) {})
	inner.Get("/ui/", func(w http.ResponseWriter, r *http.Request) {})
	var logs syncBuffer
	s := webtest.Start(t, web.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Public: []web.PublicRoute{
		{Method: "GET", Path: "/ui/*", Summary: "pages", ContentType: "text/html", Handler: inner},
		{Method: "GET", Path: "/hello", Summary: "hello", ContentType: "text/plain",
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})},
	}})
	want := map[string]string{
		"/ui/console/42": "/ui/console/{id}",
		"/ui/":           "/ui",   // chi drops the trailing slash
		"/ui/nowhere":    "/ui/*", // the inner router found nothing
		"/hello":         "/hello",
		"/healthz":       "/healthz",
		"/v1/keys/k1":    "/v1/keys/{id}",
		"/nowhere":       "unmatched",
	}
	for path := range want {
		resp, err := http.Get(s.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	got := map[string]string{}
	for _, l := range strings.Split(logs.String(), "\n") {
		var line struct{ Msg, Path, Route string }
		if json.Unmarshal([]byte(l), &line) == nil && line.Msg == "request" {
			got[line.Path] = line.Route
		}
	}
	for path, route := range want {
		if got[path] != route {
			t.Errorf("GET %s logged route %q, want %q", path, got[path], route)
		}
	}
}
