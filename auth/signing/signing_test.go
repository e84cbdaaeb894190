package signing_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/signing"
)

const validAuth = "TESSERA-HMAC-SHA256 Credential=tk_0123456789abcdef0123, SignedHeaders=content-type;host;x-tessera-nonce;x-tessera-timestamp, Signature=9e1579b86560401806fb4dd3fd6b8e4fff83632ea0a3141af9bc8af48ad7975c"

func TestParseAuthorization(t *testing.T) {
	t.Parallel()
	sig := "9e1579b86560401806fb4dd3fd6b8e4fff83632ea0a3141af9bc8af48ad7975c"
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"valid", validAuth, true},
		{"any order, tight commas", "TESSERA-HMAC-SHA256 Signature=" + sig + ",Credential=tk_1,SignedHeaders=host", true},
		{"upper-case hex", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host, Signature=" + strings.ToUpper(sig), true},
		{"empty", "", false},
		{"other scheme", "Bearer abc", false},
		{"lower-case scheme", strings.Replace(validAuth, "TESSERA", "tessera", 1), false},
		{"no space after scheme", "TESSERA-HMAC-SHA256Credential=tk_1, SignedHeaders=host, Signature=" + sig, false},
		{"missing signature", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host", false},
		{"duplicate credential", "TESSERA-HMAC-SHA256 Credential=tk_1, Credential=tk_2, SignedHeaders=host, Signature=" + sig, false},
		{"unknown parameter", validAuth + ", Extra=1", false},
		{"trailing comma", validAuth + ",", false},
		{"short signature", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host, Signature=abcd", false},
		{"non-hex signature", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host, Signature=" + strings.Repeat("zz", 32), false},
		{"unsorted headers", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host;content-type, Signature=" + sig, false},
		{"duplicate headers", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=host;host, Signature=" + sig, false},
		{"upper-case header", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=Host, Signature=" + sig, false},
		{"empty header name", "TESSERA-HMAC-SHA256 Credential=tk_1, SignedHeaders=;host, Signature=" + sig, false},
		{"bad key id", "TESSERA-HMAC-SHA256 Credential=tk 1, SignedHeaders=host, Signature=" + sig, false},
		{"too long", validAuth + strings.Repeat(" ", 3000), false},
	}
	for _, tt := range tests {
		a, err := signing.ParseAuthorization(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("%s: err = %v, want ok=%v", tt.name, err, tt.ok)
			continue
		}
		if tt.ok && signing.Authorization(a).String() == "" {
			t.Errorf("%s: empty String()", tt.name)
		}
	}
	a, _ := signing.ParseAuthorization(validAuth)
	if a.String() != validAuth {
		t.Errorf("round trip:\n%s\n%s", a.String(), validAuth)
	}
}

func TestCanonicalQuery(t *testing.T) {
	t.Parallel()
	tests := []struct{ raw, want string }{
		{"", ""},
		{"b=2&a=1", "a=1&b=2"},
		{"a=2&ab=10&A=1", "A=1&a=2&ab=10"},
		{"q=a+b&r=a%20b&s=%7e%2F", "q=a%20b&r=a%20b&s=~%2F"},
		{"flag&&x=", "flag=&x="},
		{"%C3%A9=%E2%82%AC", "%C3%A9=%E2%82%AC"},
		{"k=a=b", "k=a%3Db"},
	}
	for _, tt := range tests {
		canon, err := signing.AppendCanonical(nil, signing.Request{Method: "GET", Path: "/", RawQuery: tt.raw}, []string{"host"})
		if err != nil {
			t.Errorf("%q: %v", tt.raw, err)
			continue
		}
		if got := strings.Split(string(canon), "\n")[3]; got != tt.want {
			t.Errorf("%q: canonical query %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// TestCanonicalQueryRefusals checks that a query which the signer and the
// server could read differently has no canonical form: the server would
// take one value of a repeated name and the signer may have meant another.
func TestCanonicalQueryRefusals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		raw  string
		want error
	}{
		{"a=1&a=2", signing.ErrDuplicateQuery},
		{"a=1&a=1", signing.ErrDuplicateQuery},
		{"a&a=", signing.ErrDuplicateQuery},
		{"b=1&%61=2&a=3", signing.ErrDuplicateQuery},
		{"a+b=1&a%20b=2", signing.ErrDuplicateQuery},
		{"a=%zz", signing.ErrQuery},
		{"a=%4", signing.ErrQuery},
		{"a=100%", signing.ErrQuery},
		{"%=1", signing.ErrQuery},
		{"a=1;b=2", signing.ErrQuery},
	}
	for _, tt := range tests {
		_, err := signing.AppendCanonical(nil, signing.Request{Method: "GET", Path: "/", RawQuery: tt.raw}, []string{"host"})
		if !errors.Is(err, tt.want) {
			t.Errorf("%q: err = %v, want %v", tt.raw, err, tt.want)
		}
		if err := signing.CheckQuery(tt.raw); !errors.Is(err, tt.want) {
			t.Errorf("CheckQuery(%q) = %v, want %v", tt.raw, err, tt.want)
		}
		req, _ := http.NewRequest("GET", "http://api.test/v1/me?"+tt.raw, nil)
		if err := signing.Sign(req, "tk_1", []byte("tss_x"), nil, time.Now(), signing.NewNonce()); !errors.Is(err, tt.want) {
			t.Errorf("Sign with query %q: err = %v, want %v", tt.raw, err, tt.want)
		}
	}
	if err := signing.CheckQuery("a=1&b=%2F&c"); err != nil {
		t.Errorf("CheckQuery of a good query: %v", err)
	}
}

// TestSignedRequestVerifiesOnServer sends a request signed by Sign through
// a real HTTP round trip and recomputes the canonical request on the
// receiving side, as the server does.
func TestSignedRequestVerifiesOnServer(t *testing.T) {
	t.Parallel()
	secret := []byte("tss_test")
	got := make(chan bool, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body bytes.Buffer
		_, _ = body.ReadFrom(r.Body)
		a, err := signing.ParseAuthorization(r.Header.Get("Authorization"))
		if err != nil {
			got <- false
			return
		}
		canon, err := signing.AppendCanonical(nil, signing.FromHTTP(r, sha256.Sum256(body.Bytes())), a.SignedHeaders)
		got <- err == nil && signing.Check(secret, canon, a.Signature)
	}))
	defer srv.Close()
	body := []byte(`{"x":1}`)
	req, _ := http.NewRequest("POST", srv.URL+"/v1/a%2Fb/c?z=1&a=%20x", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", "k1")
	if err := signing.Sign(req, "tk_1", secret, body, time.Now(), signing.NewNonce()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !<-got {
		t.Fatal("server-side verification failed")
	}
}

func TestNonceAndTimestamp(t *testing.T) {
	t.Parallel()
	if n := signing.NewNonce(); !signing.ValidNonce(n) {
		t.Errorf("NewNonce() = %q is not valid", n)
	}
	for _, bad := range []string{"", "short", strings.Repeat("a", 65), "has space in it 1234", "ünïcode-nonce-xxxxx"} {
		if signing.ValidNonce(bad) {
			t.Errorf("ValidNonce(%q) = true", bad)
		}
	}
	for _, bad := range []string{"", "-1", "+5", "1.5", "1e9", "9999999999999", "abc"} {
		if _, ok := signing.ParseTimestamp(bad); ok {
			t.Errorf("ParseTimestamp(%q) accepted", bad)
		}
	}
	if ts, ok := signing.ParseTimestamp("1767225600"); !ok || ts.Unix() != 1767225600 {
		t.Error("ParseTimestamp rejected a valid time")
	}
}
