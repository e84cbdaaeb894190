package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
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
	Items []struct {
		ID int `json:"id"`
	} `json:"items"`
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
		{"duplicate key", `{"name":"a","name":"b"}`, "application/json", errs.Invalid, "duplicate_json_key"},
		{"duplicate key in another case", `{"name":"a","Name":"b"}`, "application/json", errs.Invalid, "duplicate_json_key"},
		{"duplicate key by Unicode folding", "{\"nested\":{},\"ne\u017Fted\":{}}", "application/json", errs.Invalid, "duplicate_json_key"},
		{"duplicate nested key", `{"nested":{"on":true,"on":false}}`, "application/json", errs.Invalid, "duplicate_json_key"},
		{"duplicate key in an array's object", `{"items":[{"id":1},{"id":2,"id":3}]}`, "application/json", errs.Invalid, "duplicate_json_key"},
		{"duplicate key of an unknown field", `{"zzz":1,"zzz":2}`, "application/json", errs.Invalid, "unknown_field"},
		{"same key in sibling objects", `{"nested":{"on":true},"items":[{"id":1},{"id":2}]}`, "application/json", 0, ""},
		{"a key equal to a value", `{"name":"name","tags":["name","name"]}`, "application/json", 0, ""},
		{"checksummed address", `{"name":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}`, "application/json", 0, ""},
		{"lower-case address", `{"name":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"}`, "application/json", 0, ""},
		{"upper-case address", `{"name":"0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"}`, "application/json", 0, ""},
		{"bad checksum", `{"name":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}`, "application/json", errs.Invalid, "invalid_address"},
		{"bad checksum in an array", `{"tags":["x","0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]}`, "application/json", errs.Invalid, "invalid_address"},
		{"upper-case 0X", `{"name":"0X5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"}`, "application/json", errs.Invalid, "invalid_address"},
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

// An amount's old, unit-less name is refused with the names that replace
// it, found at any depth of the body's type; another unknown field keeps
// the plain message.
func TestDecodeNamesAnAmountsUnit(t *testing.T) {
	t.Parallel()
	var v struct {
		Lines []struct {
			AmountBase  string `json:"amount_base"`
			AmountUnits string `json:"amount_units"`
		} `json:"lines"`
		TotalBase string `json:"total_base"`
	}
	for body, want := range map[string]string{
		`{"lines":[{"amount":"5"}]}`: `unknown field "amount": amounts name their unit, use "amount_base" or "amount_units"`,
		`{"total":"5"}`:              `unknown field "total": amounts name their unit, use "total_base" (`,
		`{"fee":"5"}`:                `unknown field "fee"`,
	} {
		e := errs.As(Decode(decodeRequest(body, "application/json"), &v))
		if e == nil || e.Code != "unknown_field" || !strings.HasPrefix(e.Message, want) {
			t.Errorf("%s: %#v, want unknown_field %q…", body, e, want)
		}
		if body == `{"fee":"5"}` && strings.Contains(e.Message, "unit") {
			t.Errorf("%s: %q names units for a field that is no amount", body, e.Message)
		}
	}
}

// FuzzDecode feeds arbitrary bodies to a handler that decodes strictly:
// the answer is a success or a 4xx, never a panic or a 5xx; and a body
// that is accepted reads the same to any parser: no object in it names a
// key twice, and a second decode gives the same value.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{`{"name":"a","count":1}`, `{"name":"a"} {}`, `{"zzz":1}`, `[]`, `null`, `{"tags":[1]}`, "\xff", `{"nested":{"on":tru`,
		`{"name":"a","name":"b"}`, `{"nested":{"on":true,"ON":false}}`, `{"items":[{"id":1},{"id":1}]}`, `{"name":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}`} {
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
		if rec.Code != http.StatusNoContent {
			return
		}
		if key, ok := repeatedKey(body); ok {
			t.Fatalf("body %q was accepted with the key %q twice in one object", body, key)
		}
		var first, second decodeTarget
		if err := json.Unmarshal(body, &first); err != nil {
			t.Fatalf("accepted body %q does not unmarshal: %v", body, err)
		}
		if err := Decode(decodeRequest(string(body), "application/json"), &second); err != nil || !reflect.DeepEqual(first, second) {
			t.Fatalf("accepted body %q decodes differently: %+v vs %+v (%v)", body, first, second, err)
		}
	})
}

// repeatedKey reports a key some object of the JSON document doc names
// twice, compared as encoding/json matches keys to fields (bytes.EqualFold),
// found by decoding every object generically: an independent reading of
// what strictJSON refuses.
func repeatedKey(doc []byte) (string, bool) {
	var walk func(json.RawMessage) (string, bool)
	walk = func(raw json.RawMessage) (string, bool) {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			return "", false
		}
		switch raw[0] {
		case '[':
			var elems []json.RawMessage
			if json.Unmarshal(raw, &elems) != nil {
				return "", false
			}
			for _, e := range elems {
				if k, ok := walk(e); ok {
					return k, true
				}
			}
		case '{':
			dec := json.NewDecoder(bytes.NewReader(raw))
			_, _ = dec.Token()
			var keys []string
			for dec.More() {
				tok, err := dec.Token()
				if err != nil {
					return "", false
				}
				k := tok.(string)
				for _, seen := range keys {
					if bytes.EqualFold([]byte(seen), []byte(k)) {
						return k, true
					}
				}
				keys = append(keys, k)
				var v json.RawMessage
				if dec.Decode(&v) != nil {
					return "", false
				}
				if k, ok := walk(v); ok {
					return k, true
				}
			}
		}
		return "", false
	}
	return walk(doc)
}
