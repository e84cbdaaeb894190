package web_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestKeyPagesWhileKeysAreAdded pages through the keys with a small page
// size while other keys are being created: every key that existed before
// paging began is seen exactly once, and nothing is seen twice.
func TestKeyPagesWhileKeysAreAdded(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := webtest.Start(t, web.Config{RateLimit: web.RateLimit{PerKey: -1, PerIP: -1}})
	adminID, adminSecret := s.NewKey(t, "admin", apikey.Admin)
	before := map[string]bool{adminID: true}
	for range 120 {
		id, _ := s.NewKey(t, "before", apikey.Auditor)
		before[id] = true
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var added sync.Map
	for range 2 {
		wg.Go(func() {
			// Bounded: paging ends once it overtakes the writers, which it
			// cannot do while they add keys faster than it reads them.
			for range 150 {
				select {
				case <-stop:
					return
				default:
				}
				k, _, err := s.Keys().Create(ctx, apikey.CLI, apikey.CreateParams{Name: "during", Owner: "during", Scopes: []apikey.Scope{apikey.Oracle}})
				if err != nil {
					t.Error(err)
					return
				}
				added.Store(k.ID, true)
			}
		})
	}
	seen := map[string]int{}
	pages := 0
	admin := s.Client(t, adminID, adminSecret)
	for k, err := range client.Paginate[api.Key](ctx, admin, "/v1/keys", nil, 7) {
		if err != nil {
			t.Fatal(err)
		}
		seen[k.ID]++
		if len(seen)%7 == 0 {
			pages++
		}
	}
	close(stop)
	wg.Wait()

	for id, n := range seen {
		if n != 1 {
			t.Errorf("key %s seen %d times", id, n)
		}
		if _, during := added.Load(id); !before[id] && !during {
			t.Errorf("key %s came from nowhere", id)
		}
	}
	for id := range before {
		if seen[id] != 1 {
			t.Errorf("key %s, there before paging, seen %d times", id, seen[id])
		}
	}
	if pages < 17 {
		t.Errorf("only %d full pages: the test did not page", pages)
	}
	during := 0
	added.Range(func(any, any) bool { during++; return true })
	if during == 0 {
		t.Error("no key was added while the keys were paged")
	}
}

func TestKeyListRejectsBadCursor(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{})
	admin := s.NewClient(t, apikey.Admin)
	err := admin.Do(context.Background(), "GET", "/v1/keys?cursor=garbage", nil, nil)
	if !client.IsCode(err, "invalid_cursor") {
		t.Fatalf("bad cursor: %v", err)
	}
	err = admin.Do(context.Background(), "GET", "/v1/keys?limit=0", nil, nil)
	if !client.IsCode(err, "invalid_limit") {
		t.Fatalf("bad limit: %v", err)
	}
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// recordingTransport keeps every Authorization header the client sends.
type recordingTransport struct {
	mu   sync.Mutex
	sigs []string
}

func (rt *recordingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if a, err := signing.ParseAuthorization(r.Header.Get("Authorization")); err == nil {
		rt.mu.Lock()
		rt.sigs = append(rt.sigs, r.Header.Get("Authorization"), a.String()[strings.LastIndex(a.String(), "=")+1:])
		rt.mu.Unlock()
	}
	return http.DefaultTransport.RoundTrip(r)
}

// TestSecretsNeverLogged runs key creation, rotation, good and bad
// requests with debug logging on, then looks for every secret and
// signature in the log output.
func TestSecretsNeverLogged(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var logs syncBuffer
	s := webtest.Start(t, web.Config{Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	adminID, adminSecret := s.NewKey(t, "admin", apikey.Admin)
	rt := &recordingTransport{}
	withTransport := func(c *client.Config) { c.HTTPClient = &http.Client{Transport: rt}; c.MaxAttempts = 1 }
	admin := s.Client(t, adminID, adminSecret, withTransport)

	created, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "logged?", Owner: "logged?", Scopes: []string{"issuer"}})
	if err != nil {
		t.Fatal(err)
	}
	rotated, err := admin.RotateKey(ctx, created.Key.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{adminSecret, created.Secret, rotated.Secret}
	_, _ = s.Client(t, created.Key.ID, created.Secret, withTransport).Me(ctx)           // rotated away: 401
	_, _ = s.Client(t, created.Key.ID, rotated.Secret, withTransport).Me(ctx)           // fine
	_, _ = s.Client(t, created.Key.ID, "tss_guess", withTransport).Me(ctx)              // bad signature
	_ = admin.Do(ctx, "POST", "/v1/keys", map[string]string{"bogus": adminSecret}, nil) // 400, secret in the body

	out := logs.String()
	if !strings.Contains(out, adminID) || !strings.Contains(out, `"route":"/v1/keys/{id}/rotate"`) {
		t.Fatalf("the logs do not show the requests at all:\n%s", out)
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if len(rt.sigs) < 10 {
		t.Fatalf("recorded only %d signatures", len(rt.sigs)/2)
	}
	for _, secret := range append(secrets, rt.sigs...) {
		if strings.Contains(out, secret) {
			t.Errorf("log output contains %q", secret)
		}
	}
	if strings.Contains(out, "TESSERA-HMAC-SHA256") {
		t.Error("log output contains an Authorization header")
	}
}

// TestDatabaseHoldsNoPlainSecrets creates a key through the API (so its
// secret is also in a stored idempotent response) and searches every row
// of the API tables for it.
func TestDatabaseHoldsNoPlainSecrets(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := webtest.Start(t, web.Config{})
	admin := s.NewClient(t, apikey.Admin)
	created, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "dumped", Owner: "dumped", Scopes: []string{"oracle"}})
	if err != nil {
		t.Fatal(err)
	}
	var dump string
	err = s.Pool.QueryRow(ctx, `
		SELECT concat_ws('|',
			(SELECT string_agg(t::text, '|') FROM api_keys t),
			(SELECT string_agg(t::text || encode(sealed, 'escape'), '|') FROM api_key_secrets t),
			(SELECT string_agg(t::text || coalesce(encode(body, 'escape'), ''), '|') FROM api_idempotency t))`).Scan(&dump)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dump, created.Key.ID) {
		t.Fatal("dump does not hold the key at all")
	}
	if strings.Contains(dump, created.Secret) || strings.Contains(dump, strings.TrimPrefix(created.Secret, "tss_")) {
		t.Fatal("a database dump reveals the secret")
	}
}

// A key id with a character percent-encoded names the same key; escaping
// the escape (%25) does not: path parameters are decoded exactly once,
// whatever escaping the client chose, from the path the signature covers.
func TestPathParamsDecodedOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := webtest.Start(t, web.Config{})
	admin := s.NewClient(t, apikey.Admin)
	id, _ := s.NewKey(t, "named", apikey.Auditor)
	for _, tc := range []struct {
		path   string
		status int
	}{
		{"/v1/keys/" + id, http.StatusOK},
		{"/v1/keys/" + strings.Replace(id, "_", "%5F", 1), http.StatusOK},     // an unreserved character escaped
		{"/v1/keys/" + strings.Replace(id, "tk", "%74%6B", 1), http.StatusOK}, // two of them
		{"/v1/keys/" + strings.Replace(id, "_", "%255F", 1), http.StatusNotFound},
		{"/v1/keys/" + strings.Replace(id, "_", "%5F", 1) + "/revoke-not", http.StatusNotFound},
	} {
		var k api.Key
		err := admin.Do(ctx, http.MethodGet, tc.path, nil, &k)
		var apiErr *client.Error
		switch {
		case tc.status == http.StatusOK && (err != nil || k.ID != id):
			t.Errorf("GET %s: %+v, %v; want key %s", tc.path, k, err, id)
		case tc.status != http.StatusOK && (!errors.As(err, &apiErr) || apiErr.Status != tc.status):
			t.Errorf("GET %s: %v; want %d", tc.path, err, tc.status)
		}
	}
}
