package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

type decodeTarget struct {
	Name   string   `json:"name"`
	Count  int      `json:"count"`
	Tags   []string `json:"tags"`
	Nested struct {
		On bool `json:"on"`
	} `json:"nested"`
}

func decodeRequest(body, contentType string) *http.Request {
	r := httptest.NewRequest("POST", "/", strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	return r
}

func TestDecode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, contentType string
		kind                    errs.Kind
		code                    string
	}{
		{"valid", `{"name":"a","count":2,"tags":["x"],"nested":{"on":true}}`, "application/json", 0, ""},
		{"charset parameter", `{"name":"a"}`, "application/json; charset=utf-8", 0, ""},
		{"surrounding whitespace", " \n{\"name\":\"a\"}\n ", "application/json", 0, ""},
		{"no content type", `{}`, "", errs.UnsupportedMedia, "unsupported_media_type"},
		{"form content type", `{}`, "application/x-www-form-urlencoded", errs.UnsupportedMedia, "unsupported_media_type"},
		{"empty", ``, "application/json", errs.Invalid, "empty_body"},
		{"unknown field", `{"name":"a","admin":true}`, "application/json", errs.Invalid, "unknown_field"},
		{"unknown nested field", `{"nested":{"off":true}}`, "application/json", errs.Invalid, "unknown_field"},
		{"trailing object", `{"name":"a"}{"name":"b"}`, "application/json", errs.Invalid, "trailing_data"},
		{"trailing garbage", `{"name":"a"} x`, "application/json", errs.Invalid, "trailing_data"},
		{"wrong type", `{"count":"two"}`, "application/json", errs.Invalid, "invalid_field"},
		{"not an object", `[1,2]`, "application/json", errs.Invalid, "invalid_json"},
		{"syntax error", `{"name":}`, "application/json", errs.Invalid, "invalid_json"},
		{"truncated", `{"name":"a"`, "application/json", errs.Invalid, "invalid_json"},
	}
	for _, tt := range tests {
		var v decodeTarget
		err := Decode(decodeRequest(tt.body, tt.contentType), &v)
		if tt.code == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		e := errs.As(err)
		if e == nil || e.Kind != tt.kind || e.Code != tt.code {
			t.Errorf("%s: err = %#v, want %v %s", tt.name, err, tt.kind, tt.code)
		}
	}
}

// FuzzDecode feeds arbitrary bodies to a handler that decodes strictly:
// the answer is a success or a 4xx, never a panic or a 5xx.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{`{"name":"a","count":1}`, `{"name":"a"} {}`, `{"zzz":1}`, `[]`, `null`, `{"tags":[1]}`, "\xff", `{"nested":{"on":tru`} {
		f.Add([]byte(seed))
	}
	h := requestID(bodyLimit(1 << 16)(HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		var v decodeTarget
		if err := Decode(r, &v); err != nil {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	})))
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, decodeRequest(string(body), "application/json"))
		if rec.Code != http.StatusNoContent && (rec.Code < 400 || rec.Code > 499) {
			t.Fatalf("status %d for body %q: %s", rec.Code, body, rec.Body)
		}
	})
}
