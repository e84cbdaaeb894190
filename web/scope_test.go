package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/tessera-rwa/tessera/auth"
)

func TestRequireAction(t *testing.T) {
	t.Parallel()
	s := func(ss ...auth.Scope) []auth.Scope { return ss }
	tests := []struct {
		name      string
		action    auth.Action
		or        auth.Action
		principal []auth.Scope
		status    int
	}{
		{"holder of the scope", auth.AssetCreate, "", s(auth.Issuer), 200},
		{"one of several", auth.InterventionDecide, "", s(auth.Approver), 200},
		{"other scope", auth.AssetCreate, "", s(auth.Oracle), 403},
		{"auditor reads", auth.AssetRead, "", s(auth.Auditor), 200},
		{"auditor does not write", auth.AssetCreate, "", s(auth.Auditor), 403},
		{"auditor does not read keys", auth.KeyRead, "", s(auth.Auditor), 403},
		{"admin is not a superuser", auth.AssetCreate, "", s(auth.Admin), 403},
		{"either action", auth.AssetTransition, auth.AssetVerify, s(auth.Approver), 200},
		{"neither action", auth.AssetTransition, auth.AssetVerify, s(auth.Compliance), 403},
		{"open to any key", "", "", s(auth.Oracle), 200},
	}
	for _, tt := range tests {
		h := requestID(requireAction(tt.action, tt.or)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
		req := httptest.NewRequest("POST", "/", nil)
		req = req.WithContext(WithPrincipal(req.Context(), auth.Principal{KeyID: "tk_x", Owner: "x", Custodians: []string{"x"}, Scopes: tt.principal}))
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
	requestID(requireAction("", "")(http.NotFoundHandler())).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 401 {
		t.Errorf("unauthenticated request: %d", rec.Code)
	}
}
