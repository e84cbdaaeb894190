package web

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/errs"
)

func TestAccessLog(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	r := chi.NewRouter()
	r.Use(requestID, accessLog(slog.New(slog.NewJSONHandler(&buf, nil))))
	r.Get("/v1/things/{id}", func(w http.ResponseWriter, r *http.Request) {
		infoFrom(r.Context()).keyID = "tk_caller"
		w.WriteHeader(http.StatusTeapot)
	})
	r.Get("/boom", HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		return errs.Wrap(errBoom, errs.Internal, "", "")
	}).ServeHTTP)

	req := httptest.NewRequest("GET", "/v1/things/42?secret=no", nil)
	req.Header.Set("Authorization", "TESSERA-HMAC-SHA256 Credential=tk_caller, Signature=deadbeef")
	req.Header.Set(HeaderRequestID, "rid-1")
	r.ServeHTTP(httptest.NewRecorder(), req)
	r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/boom", nil))

	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	if len(lines) != 2 {
		t.Fatalf("want 2 log lines, got %q", buf.String())
	}
	var first, second map[string]any
	_ = json.Unmarshal(lines[0], &first)
	_ = json.Unmarshal(lines[1], &second)
	want := map[string]any{"method": "GET", "route": "/v1/things/{id}", "path": "/v1/things/42", "status": 418.0, "request_id": "rid-1", "key_id": "tk_caller"}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("%s = %v, want %v", k, first[k], v)
		}
	}
	if bytes.Contains(lines[0], []byte("deadbeef")) || bytes.Contains(lines[0], []byte("secret=no")) {
		t.Errorf("log line leaks the request: %s", lines[0])
	}
	if second["level"] != "ERROR" || second["error"] != "internal: boom" {
		t.Errorf("5xx line = %s", lines[1])
	}
}
