package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/errs"
)

// fakeKeys is an in-memory Credentials.
type fakeKeys map[string]fakeKey

type fakeKey struct {
	key     apikey.Key
	secrets [][]byte
}

func (f fakeKeys) Secrets(_ context.Context, id string) (apikey.Secrets, error) {
	k, ok := f[id]
	if !ok {
		return apikey.Secrets{}, errs.E(errs.NotFound, "key_not_found", "no such key")
	}
	s := apikey.Secrets{Key: k.key}
	for _, p := range k.secrets {
		s.List = append(s.List, apikey.Secret{Plain: p})
	}
	return s, nil
}

func (f fakeKeys) Forget(string) {}

func (f fakeKeys) State(_ context.Context, id string) (apikey.Key, error) {
	k, ok := f[id]
	if !ok {
		return apikey.Key{}, errs.E(errs.NotFound, "key_not_found", "no such key")
	}
	return k.key, nil
}

// memNonces is an in-memory NonceStore, for tests and for measuring what
// the shared PostgreSQL store costs.
type memNonces struct {
	mu   sync.Mutex
	seen map[string]time.Time
}

func newMemNonces() *memNonces { return &memNonces{seen: map[string]time.Time{}} }

func (m *memNonces) Use(_ context.Context, keyID, nonce string, now, expires time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := keyID + "\x00" + nonce
	if exp, ok := m.seen[k]; ok && exp.After(now) {
		return false, nil
	}
	m.seen[k] = expires
	return true, nil
}

var (
	testNow    = time.Unix(1767225600, 0)
	past       = testNow.Add(-time.Hour)
	testSecret = []byte("tss_current")
	oldSecret  = []byte("tss_previous")
)

func testKeys() fakeKeys {
	return fakeKeys{
		"tk_good":    {key: apikey.Key{ID: "tk_good", Name: "good", Scopes: []apikey.Scope{apikey.Issuer}}, secrets: [][]byte{testSecret, oldSecret}},
		"tk_revoked": {key: apikey.Key{ID: "tk_revoked", RevokedAt: &past}, secrets: [][]byte{testSecret}},
		"tk_expired": {key: apikey.Key{ID: "tk_expired", ExpiresAt: &past}, secrets: [][]byte{testSecret}},
	}
}

func newAuthHandler(nonces NonceStore, m *metrics) http.Handler {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := PrincipalFrom(r.Context())
		JSON(w, r, http.StatusOK, p)
	})
	h := authenticate(authConfig{Keys: testKeys(), Nonces: nonces, Window: 30 * time.Second, Now: func() time.Time { return testNow }, Metrics: m})(ok)
	return requestID(bodyLimit(1 << 20)(h))
}

type signOpts struct {
	keyID  string
	secret []byte
	at     time.Time
	nonce  string
	body   string
}

func signedRequest(tb testing.TB, o signOpts) *http.Request {
	tb.Helper()
	if o.keyID == "" {
		o.keyID = "tk_good"
	}
	if o.secret == nil {
		o.secret = testSecret
	}
	if o.at.IsZero() {
		o.at = testNow
	}
	if o.nonce == "" {
		o.nonce = signing.NewNonce()
	}
	r := httptest.NewRequest("POST", "http://api.test/v1/things?b=2&a=1", strings.NewReader(o.body))
	r.Header.Set("Content-Type", "application/json")
	if err := signing.Sign(r, o.keyID, o.secret, []byte(o.body), o.at, o.nonce); err != nil {
		tb.Fatal(err)
	}
	return r
}

func errorCode(tb testing.TB, rec *httptest.ResponseRecorder) string {
	tb.Helper()
	var body api.ErrorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		tb.Fatalf("response is not the error model: %q", rec.Body.String())
	}
	if body.Error.RequestID == "" {
		tb.Errorf("error without request id: %s", rec.Body.String())
	}
	return body.Error.Code
}

func TestAuthenticateRejections(t *testing.T) {
	t.Parallel()
	replayed := signedRequest(t, signOpts{nonce: "nonce-used-twice-123"})
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
		code   string
	}{
		{"missing header", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Del("Authorization")
			return r
		}, 401, "missing_authorization"},
		{"other scheme", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Set("Authorization", "Bearer x")
			return r
		}, 401, "malformed_authorization"},
		{"required header unsigned", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Set("Authorization", strings.Replace(r.Header.Get("Authorization"), "content-type;", "", 1))
			return r
		}, 401, "unsigned_header"},
		{"idempotency key unsigned", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Set("Idempotency-Key", "k")
			return r
		}, 401, "unsigned_header"},
		{"timestamp not a number", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Set(signing.HeaderTimestamp, "yesterday")
			return r
		}, 401, "invalid_timestamp"},
		{"timestamp too old", func() *http.Request { return signedRequest(t, signOpts{at: testNow.Add(-31 * time.Second)}) }, 401, "timestamp_out_of_window"},
		{"timestamp too new", func() *http.Request { return signedRequest(t, signOpts{at: testNow.Add(31 * time.Second)}) }, 401, "timestamp_out_of_window"},
		{"bad nonce", func() *http.Request { return signedRequest(t, signOpts{nonce: "short"}) }, 401, "invalid_nonce"},
		{"unknown key", func() *http.Request { return signedRequest(t, signOpts{keyID: "tk_nobody"}) }, 401, "invalid_signature"},
		{"wrong secret", func() *http.Request { return signedRequest(t, signOpts{secret: []byte("tss_wrong")}) }, 401, "invalid_signature"},
		{"body changed after signing", func() *http.Request {
			r := signedRequest(t, signOpts{body: `{"a":1}`})
			r.Body = httptest.NewRequest("POST", "/", strings.NewReader(`{"a":2}`)).Body
			return r
		}, 401, "invalid_signature"},
		{"query changed after signing", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.URL.RawQuery = "a=1&b=3"
			return r
		}, 401, "invalid_signature"},
		{"header changed after signing", func() *http.Request {
			r := signedRequest(t, signOpts{})
			r.Header.Set(signing.HeaderNonce, signing.NewNonce())
			return r
		}, 401, "invalid_signature"},
		{"revoked key", func() *http.Request { return signedRequest(t, signOpts{keyID: "tk_revoked"}) }, 401, "key_revoked"},
		{"expired key", func() *http.Request { return signedRequest(t, signOpts{keyID: "tk_expired"}) }, 401, "key_expired"},
		{"replayed nonce", func() *http.Request { return replayed.Clone(context.Background()) }, 401, "replayed_nonce"},
		{"body too large", func() *http.Request {
			return signedRequest(t, signOpts{body: `"` + strings.Repeat("x", 1<<20) + `"`})
		}, 413, "body_too_large"},
	}
	reg := prometheus.NewRegistry()
	m, err := newMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	h := newAuthHandler(newMemNonces(), m)
	// Use the replayed request's nonce once, legitimately.
	first := replayed.Clone(context.Background())
	first.Body = http.NoBody
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, first)
	if rec.Code != 200 {
		t.Fatalf("first use of the nonce: %d %s", rec.Code, rec.Body)
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, tt.req())
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, rec.Code, tt.status, rec.Body)
			continue
		}
		if code := errorCode(t, rec); code != tt.code {
			t.Errorf("%s: code %q, want %q", tt.name, code, tt.code)
		}
	}
	if got := testutil.ToFloat64(m.authFailures.WithLabelValues("replayed_nonce")); got != 1 {
		t.Errorf("replayed_nonce failures counted %v, want 1", got)
	}
	if got := testutil.ToFloat64(m.authFailures.WithLabelValues("invalid_signature")); got != 5 {
		t.Errorf("invalid_signature failures counted %v, want 5", got)
	}
}

func TestAuthenticateAccepts(t *testing.T) {
	t.Parallel()
	h := newAuthHandler(newMemNonces(), nil)
	for name, o := range map[string]signOpts{
		"current secret":               {body: `{"x":1}`},
		"previous secret in its grace": {secret: oldSecret},
		"clock 30s behind":             {at: testNow.Add(-30 * time.Second)},
		"clock 30s ahead":              {at: testNow.Add(30 * time.Second)},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, signedRequest(t, o))
		if rec.Code != 200 {
			t.Errorf("%s: %d %s", name, rec.Code, rec.Body)
			continue
		}
		var c auth.Principal
		_ = json.Unmarshal(rec.Body.Bytes(), &c)
		if c.KeyID != "tk_good" || c.Name != "good" {
			t.Errorf("%s: caller %+v", name, c)
		}
	}
}

// The handler must see the same body the signature covered.
func TestAuthenticateHandsTheBodyOn(t *testing.T) {
	t.Parallel()
	var got []byte
	h := authenticate(authConfig{Keys: testKeys(), Nonces: newMemNonces(), Window: time.Minute, Now: func() time.Time { return testNow }})(
		http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var buf bytes.Buffer
			_, _ = buf.ReadFrom(r.Body)
			got = buf.Bytes()
		}))
	h.ServeHTTP(httptest.NewRecorder(), signedRequest(t, signOpts{body: `{"n":` + strconv.Itoa(42) + `}`}))
	if string(got) != `{"n":42}` {
		t.Fatalf("handler read %q", got)
	}
}

// FuzzAuthorizationHeader sends arbitrary Authorization headers (with
// otherwise well-formed signed requests) through the middleware: every
// answer must be a 401 in the error model, never a panic or a 5xx.
func FuzzAuthorizationHeader(f *testing.F) {
	r := signedRequest(f, signOpts{})
	f.Add(r.Header.Get("Authorization"), r.Header.Get(signing.HeaderTimestamp), r.Header.Get(signing.HeaderNonce))
	f.Add("TESSERA-HMAC-SHA256 Credential=tk_good, SignedHeaders=host, Signature=00", "0", "")
	f.Add("", "1767225600", "aaaaaaaaaaaaaaaa")
	h := newAuthHandler(newMemNonces(), nil)
	f.Fuzz(func(t *testing.T, auth, ts, nonce string) {
		req := httptest.NewRequest("POST", "http://api.test/v1/x", strings.NewReader("{}"))
		req.Header.Set("Content-Type", "application/json")
		req.Header["Authorization"] = []string{auth}
		req.Header[signing.HeaderTimestamp] = []string{ts}
		req.Header[signing.HeaderNonce] = []string{nonce}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Fatalf("status %d for Authorization %q: %s", rec.Code, auth, rec.Body)
		}
		var body api.ErrorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code == "" {
			t.Fatalf("not the error model: %q", rec.Body)
		}
	})
}

// rotatedKeys remembers tk_good's secrets from before a rotation
// (revision 1: oldSecret only) until Forget; the key is at revision 2
// now, whose only secret is testSecret.
type rotatedKeys struct {
	fakeKeys
	forgotten int
}

func (r *rotatedKeys) Secrets(ctx context.Context, id string) (apikey.Secrets, error) {
	k, err := r.State(ctx, id)
	if r.forgotten == 0 {
		k.Rev = 1
		return apikey.Secrets{Key: k, Cached: true, List: []apikey.Secret{{Plain: oldSecret}}}, err
	}
	return apikey.Secrets{Key: k, List: []apikey.Secret{{Plain: testSecret}}}, err
}

func (r *rotatedKeys) Forget(string) { r.forgotten++ }

func (r *rotatedKeys) State(ctx context.Context, id string) (apikey.Key, error) {
	k, err := r.fakeKeys.State(ctx, id)
	k.Rev = 2
	return k, err
}

// Secrets remembered from an older revision of the key are not trusted:
// the revision read with the key's state sends the verifier back to the
// key's secrets as they are now, whichever way the remembered ones
// answer.
func TestAuthenticateRereadsAChangedKey(t *testing.T) {
	t.Parallel()
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	for _, tc := range []struct {
		name   string
		secret []byte
		status int
	}{
		{"signed with the secret memory has, rotated away since", oldSecret, 401},
		{"signed with the secret memory does not have yet", testSecret, 200},
	} {
		keys, nonces := &rotatedKeys{fakeKeys: testKeys()}, newMemNonces()
		h := authenticate(authConfig{Keys: keys, Nonces: nonces, Window: time.Minute, Now: func() time.Time { return testNow }})(ok)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, signedRequest(t, signOpts{secret: tc.secret, nonce: "nonce-of-the-request-1"}))
		if rec.Code != tc.status || keys.forgotten != 1 {
			t.Errorf("%s: %d (forgotten %d times), want %d after reading once more", tc.name, rec.Code, keys.forgotten, tc.status)
		}
		if recorded := len(nonces.seen) == 1; recorded != (tc.status == 200) {
			t.Errorf("%s: nonce recorded %v", tc.name, recorded)
		}
	}
}
