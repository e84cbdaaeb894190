package webtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/web"
)

// RecordEnv names the environment variable that makes every client of a
// test server record, into the directory it names, the JSON responses it
// receives (<operationId>.<status>.json) and the JSON request bodies it
// sends that the server accepts with a 2xx (<operationId>.request.json),
// keeping the largest body seen of each. Headers are never recorded, so no
// request signature is; a new key's secret is blanked. Run the end-to-end
// tests with it set to refresh web/examples, which the server embeds as
// the OpenAPI document's examples and the OpenAPI checks replay:
//
//	TESSERA_RECORD_API=$PWD/web/examples go test ./web ./issuance ./compliance ./audit ./dealing/e2e
const RecordEnv = "TESSERA_RECORD_API"

var (
	recordMu      sync.Mutex
	apiOperations = sync.OnceValue(web.APIOperations)
)

// recorder is a RoundTripper that records the exchanges with a server's
// /v1 routes.
type recorder struct {
	next http.RoundTripper
	mux  *chi.Mux
	dir  string
}

func (rec recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	sent := requestBody(req)
	resp, err := rec.next.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	pattern := rec.mux.Find(chi.NewRouteContext(), req.Method, req.URL.EscapedPath())
	if !strings.HasPrefix(pattern, "/v1/") || pattern == "/v1/openapi.json" {
		return resp, nil
	}
	op := web.OperationID(req.Method, pattern)
	if !apiOperations()[op] {
		return resp, nil // a route a test mounted for itself
	}
	if sent != nil && resp.StatusCode >= 200 && resp.StatusCode < 300 {
		rec.keep(op+".request.json", sent)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		return resp, nil
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if err == nil {
		rec.keep(op+"."+strconv.Itoa(resp.StatusCode)+".json", body)
	}
	return resp, nil
}

// requestBody returns a copy of req's JSON body, nil when it has none,
// leaving req's body as it was.
func requestBody(req *http.Request) []byte {
	if req.Body == nil || req.Body == http.NoBody || !strings.HasPrefix(req.Header.Get("Content-Type"), "application/json") {
		return nil
	}
	var rd io.ReadCloser
	if req.GetBody != nil {
		var err error
		if rd, err = req.GetBody(); err != nil {
			return nil
		}
	} else {
		body, err := io.ReadAll(req.Body)
		req.Body.Close()
		req.Body = io.NopCloser(bytes.NewReader(body))
		if err != nil {
			return nil
		}
		rd = io.NopCloser(bytes.NewReader(body))
	}
	defer rd.Close()
	body, err := io.ReadAll(rd)
	if err != nil || len(body) == 0 {
		return nil
	}
	return body
}

// keep writes body, redacted and indented, to the file name in rec's
// directory unless a body at least as large is there already.
func (rec recorder) keep(name string, body []byte) {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return
	}
	out, _ := json.MarshalIndent(redact(v), "", "  ")
	name = filepath.Join(rec.dir, name)
	recordMu.Lock()
	defer recordMu.Unlock()
	if old, err := os.Stat(name); err == nil && old.Size() >= int64(len(out)) {
		return
	}
	// Test binaries of several packages record at once: each writes a
	// file of its own and renames it into place.
	tmp, err := os.CreateTemp(rec.dir, filepath.Base(name)+".*.tmp")
	if err != nil {
		return
	}
	_, err = tmp.Write(append(out, '\n'))
	if err = errors.Join(err, tmp.Chmod(0o644), tmp.Close()); err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
}

// Redacted stands for an API key secret in a recording.
const Redacted = "tss_redacted"

// secretLike is an API key secret (tss_ and base64url) anywhere in a string.
var secretLike = regexp.MustCompile(`tss_[A-Za-z0-9_-]{16,}`)

// redact blanks what must not be committed, and so never shown in the
// docs: a new key's secret, and anything shaped like one.
func redact(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "secret" {
				v[k] = Redacted
				continue
			}
			v[k] = redact(x)
		}
	case []any:
		for i, x := range v {
			v[i] = redact(x)
		}
	case string:
		return secretLike.ReplaceAllString(v, Redacted)
	}
	return v
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
