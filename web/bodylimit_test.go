package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	var v map[string]string
	h := requestID(bodyLimit(16)(HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		if err := Decode(r, &v); err != nil {
			return err
		}
		w.WriteHeader(204)
		return nil
	})))
	tests := []struct {
		name     string
		body     string
		unsized  bool
		status   int
		wantCode string
	}{
		{"under the limit", `{"a":"b"}`, false, 204, ""},
		{"declared too large", `{"a":"0123456789abcdef"}`, false, 413, "body_too_large"},
		{"chunked too large", `{"a":"0123456789abcdef"}`, true, 413, "body_too_large"},
	}
	for _, tt := range tests {
		var body io.Reader = strings.NewReader(tt.body)
		if tt.unsized {
			body = io.MultiReader(body) // hides the length: ContentLength -1
		}
		req := httptest.NewRequest("POST", "/", body)
		req.Header.Set("Content-Type", "application/json")
		if tt.unsized {
			req.ContentLength = -1
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, rec.Code, tt.status, rec.Body)
			continue
		}
		if tt.wantCode != "" && errorCode(t, rec) != tt.wantCode {
			t.Errorf("%s: %s", tt.name, rec.Body)
		}
	}
}
