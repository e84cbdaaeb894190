package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth"
)

func TestRateLimit(t *testing.T) {
	t.Parallel()
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	perKey := requestID(rateLimit(2, time.Minute, keyOfCaller)(ok))
	perIP := requestID(rateLimit(2, time.Minute, keyOfIP)(ok))
	off := requestID(rateLimit(-1, time.Minute, keyOfIP)(ok))
	as := func(key, ip string) *http.Request {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = ip + ":1234"
		return r.WithContext(WithPrincipal(r.Context(), auth.Principal{KeyID: key}))
	}
	tests := []struct {
		name   string
		h      http.Handler
		req    *http.Request
		status int
	}{
		{"key a 1", perKey, as("a", "10.0.0.1"), 200},
		{"key a 2 from elsewhere", perKey, as("a", "10.0.0.2"), 200},
		{"key a 3", perKey, as("a", "10.0.0.3"), 429},
		{"key b has its own budget", perKey, as("b", "10.0.0.1"), 200},
		{"ip 1", perIP, as("a", "192.0.2.1"), 200},
		{"ip 2 other key", perIP, as("b", "192.0.2.1"), 200},
		{"ip 3", perIP, as("c", "192.0.2.1"), 429},
		{"ipv6 same /64", perIP, as("a", "[2001:db8::1]"), 200},
		{"ipv6 same /64 again", perIP, as("a", "[2001:db8::2]"), 200},
		{"ipv6 same /64 over", perIP, as("a", "[2001:db8::3]"), 429},
		{"off 1", off, as("a", "192.0.2.1"), 200},
		{"off 2", off, as("a", "192.0.2.1"), 200},
		{"off 3", off, as("a", "192.0.2.1"), 200},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		tt.h.ServeHTTP(rec, tt.req)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
			continue
		}
		if tt.status == 429 {
			if rec.Header().Get("Retry-After") == "" || errorCode(t, rec) != "rate_limited" {
				t.Errorf("%s: 429 without Retry-After or error model: %v %s", tt.name, rec.Header(), rec.Body)
			}
		}
	}
}
