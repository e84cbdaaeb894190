package webtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/web"
)

// RecordEnv names the environment variable that makes every client of a
// test server record the JSON responses it receives into the directory it
// names, one file per operation and status (<operationId>.<status>.json),
// keeping the largest body seen. Run the end-to-end tests with it set to
// refresh web/testdata/responses, which the OpenAPI checks replay:
//
//	TESSERA_RECORD_API=$PWD/web/testdata/responses go test ./web ./issuance ./compliance ./audit ./dealing/e2e
const RecordEnv = "TESSERA_RECORD_API"

var recordMu sync.Mutex

// recorder is a RoundTripper that records the responses of a server's
// /v1 routes.
type recorder struct {
	next http.RoundTripper
	mux  *chi.Mux
	dir  string
}

func (rec recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := rec.next.RoundTrip(req)
	if err != nil || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		return resp, nil
	}
	pattern := rec.mux.Find(chi.NewRouteContext(), req.Method, req.URL.EscapedPath())
	if !strings.HasPrefix(pattern, "/v1/") || pattern == "/v1/openapi.json" {
		return resp, nil
	}
	var v any
	if json.Unmarshal(body, &v) != nil {
		return resp, nil
	}
	redact(v)
	out, _ := json.MarshalIndent(v, "", "  ")
	name := filepath.Join(rec.dir, web.OperationID(req.Method, pattern)+"."+strconv.Itoa(resp.StatusCode)+".json")
	recordMu.Lock()
	defer recordMu.Unlock()
	if old, err := os.Stat(name); err == nil && old.Size() >= int64(len(out)) {
		return resp, nil
	}
	tmp := name + ".tmp"
	if os.WriteFile(tmp, append(out, '\n'), 0o644) == nil {
		_ = os.Rename(tmp, name)
	}
	return resp, nil
}

// redact blanks what must not be committed: a new key's secret.
func redact(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "secret" {
				v[k] = "tss_redacted"
				continue
			}
			redact(x)
		}
	case []any:
		for _, x := range v {
			redact(x)
		}
	}
}

// recording wraps cfg's HTTP client with a recorder when RecordEnv is set.
func (s *Server) recording(hc *http.Client) *http.Client {
	dir := os.Getenv(RecordEnv)
	mux, ok := s.Handler().(*chi.Mux)
	if dir == "" || !ok {
		return hc
	}
	if hc == nil {
		hc = &http.Client{}
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	out := *hc
	out.Transport = recorder{next: next, mux: mux, dir: dir}
	return &out
}
