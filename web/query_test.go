package web_test

import (
	"net/http"
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestQueryWithoutCanonicalForm sends queries that the signer and the
// server could read differently to a real server: each is refused with 400
// before its signature is looked at, on signed and unsigned routes alike.
func TestQueryWithoutCanonicalForm(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{})
	id, secret := s.NewKey(t, "auditor", apikey.Auditor)
	tests := []struct {
		path, query, code string
	}{
		{"/v1/me", "a=1&a=2", "duplicate_query_parameter"},
		{"/v1/me", "limit=1&%6cimit=100", "duplicate_query_parameter"},
		{"/v1/keys", "cursor=x&cursor=", "duplicate_query_parameter"},
		{"/v1/openapi.json", "v=1&v=2", "duplicate_query_parameter"},
		{"/v1/me", "a=%zz", "malformed_query"},
		{"/v1/me", "a=50%", "malformed_query"},
		{"/v1/me", "a=1;b=2", "malformed_query"},
	}
	for _, tt := range tests {
		// Sign is refused such a query, so it is added after signing, as
		// a hand-made client might.
		status, detail, _ := send(t, s.URL(), rawRequest{path: tt.path, keyID: id, secret: secret,
			mutate: func(r *http.Request) { r.URL.RawQuery = tt.query }})
		if status != http.StatusBadRequest || detail.Code != tt.code {
			t.Errorf("%s?%s: %d %q, want 400 %q", tt.path, tt.query, status, detail.Code, tt.code)
		}
	}
	// A query with distinct names and good escapes passes.
	if status, detail, _ := send(t, s.URL(), rawRequest{path: "/v1/me?a=1&b=%2F&c", keyID: id, secret: secret}); status != http.StatusOK {
		t.Errorf("good query: %d %+v", status, detail)
	}
}
