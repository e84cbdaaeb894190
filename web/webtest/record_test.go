package webtest

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
)

// roundTrip answers every request with status and body, after reading the
// request's body as a server would.
type roundTrip struct {
	status int
	body   string
	got    *[]string // request bodies the server read
}

func (rt roundTrip) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		b, _ := io.ReadAll(req.Body)
		*rt.got = append(*rt.got, string(b))
	}
	return &http.Response{StatusCode: rt.status, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(rt.body)), Request: req}, nil
}

// The recorder keeps what the server accepted and answered on the API's
// own routes, with secrets blanked, leaves the request as the server
// reads it, and records nothing of a route a test mounted for itself nor
// the body of a refused request.
func TestRecorderKeepsAcceptedExchangesWithoutSecrets(t *testing.T) {
	dir := t.TempDir()
	mux := chi.NewRouter()
	ok := func(http.ResponseWriter, *http.Request) {}
	mux.Post("/v1/keys", ok)
	mux.Post("/v1/test-only", ok)
	var got []string
	send := func(path string, status int, answer, body string) {
		t.Helper()
		rec := recorder{next: roundTrip{status: status, body: answer, got: &got}, mux: mux, dir: dir}
		req, err := http.NewRequest("POST", "http://127.0.0.1"+path, bytes.NewReader([]byte(body)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host, Signature=abcdef0123456789")
		resp, err := rec.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := io.ReadAll(resp.Body); string(b) != answer {
			t.Errorf("the caller read %q, want %q", b, answer)
		}
	}
	secret := "tss_" + strings.Repeat("Ab3-", 11)
	send("/v1/keys", 400, `{"error":{"code":"invalid_scope","message":"no scope x"}}`, `{"name":"refused","scopes":["x"]}`)
	send("/v1/keys", 201, `{"id":"tk_1","secret":"`+secret+`","note":"was `+secret+`"}`, `{"name":"svc","scopes":["issuer"]}`)
	send("/v1/test-only", 200, `{"x":1}`, `{"y":2}`)

	if !slices.Equal(got, []string{`{"name":"refused","scopes":["x"]}`, `{"name":"svc","scopes":["issuer"]}`, `{"y":2}`}) {
		t.Errorf("the server read %q", got)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if want := []string{"postV1Keys.201.json", "postV1Keys.400.json", "postV1Keys.request.json"}; !slices.Equal(names, want) {
		t.Fatalf("recorded %v, want %v", names, want)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if r := read("postV1Keys.request.json"); !strings.Contains(r, `"svc"`) || strings.Contains(r, "refused") {
		t.Errorf("request recorded %s, want the accepted one", r)
	}
	all := read("postV1Keys.201.json") + read("postV1Keys.400.json") + read("postV1Keys.request.json")
	if strings.Contains(all, secret) || strings.Contains(all, "Signature") || strings.Count(all, Redacted) != 2 {
		t.Errorf("recordings hold a secret or a header:\n%s", all)
	}
}
