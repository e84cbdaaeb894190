package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/tessera-rwa/tessera/web/apikey"
)

func TestRequireScope(t *testing.T) {
	t.Parallel()
	s := func(ss ...apikey.Scope) []apikey.Scope { return ss }
	tests := []struct {
		name   string
		method string
		route  []apikey.Scope
		caller []apikey.Scope
		status int
	}{
		{"holder of the scope", "POST", s(apikey.Issuer), s(apikey.Issuer), 200},
		{"one of several", "POST", s(apikey.Issuer, apikey.Compliance), s(apikey.Compliance), 200},
		{"other scope", "POST", s(apikey.Issuer), s(apikey.Oracle), 403},
		{"auditor reads", "GET", s(apikey.Issuer), s(apikey.Auditor), 200},
		{"auditor does not write", "POST", s(apikey.Issuer), s(apikey.Auditor), 403},
		{"admin is not a superuser", "POST", s(apikey.Issuer), s(apikey.Admin), 403},
		{"open to any key", "POST", nil, s(apikey.Oracle), 200},
		{"auditor on open write route", "POST", nil, s(apikey.Auditor), 200},
	}
	for _, tt := range tests {
		h := requestID(requireScope(tt.method, tt.route)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
		req := httptest.NewRequest(tt.method, "/", nil)
		req = req.WithContext(context.WithValue(req.Context(), callerKey, Caller{KeyID: "tk_x", Scopes: tt.caller}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
		}
		if tt.status == 403 && errorCode(t, rec) != "missing_scope" {
			t.Errorf("%s: %s", tt.name, rec.Body)
		}
	}
	rec := httptest.NewRecorder()
	requestID(requireScope("GET", nil)(http.NotFoundHandler())).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 401 {
		t.Errorf("unauthenticated request: %d", rec.Code)
	}
}
