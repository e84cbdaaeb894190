package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRequestID(t *testing.T) {
	t.Parallel()
	var seen string
	h := requestID(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = RequestID(r.Context()) }))
	tests := []struct {
		name, in string
		kept     bool
	}{
		{"sane id kept", "req-1.a_b:c", true},
		{"absent", "", false},
		{"spaces", "a b", false},
		{"newline", "a\nb", false},
		{"too long", strings.Repeat("a", 129), false},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		if tt.in != "" {
			r.Header[HeaderRequestID] = []string{tt.in}
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		echoed := rec.Header().Get(HeaderRequestID)
		if echoed == "" || echoed != seen {
			t.Errorf("%s: echoed %q, context %q", tt.name, echoed, seen)
		}
		if (echoed == tt.in) != tt.kept {
			t.Errorf("%s: got %q from %q", tt.name, echoed, tt.in)
		}
	}
}
