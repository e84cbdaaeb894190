package signing_test

import (
	"bufio"
	"crypto/sha256"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/web/signing"
)

// docBlock returns the fenced block that follows <!-- example:name --> in
// docs/auth.md.
func docBlock(tb testing.TB, doc, name string) string {
	tb.Helper()
	re := regexp.MustCompile("(?s)<!-- example:" + name + " -->\n```[a-z]*\n(.*?)\n```")
	m := re.FindStringSubmatch(doc)
	if m == nil {
		tb.Fatalf("docs/auth.md has no example:%s block", name)
	}
	return m[1]
}

// TestDocumentedExample signs the request shown in docs/auth.md and checks
// the canonical request and headers printed there, byte for byte, so the
// page cannot drift from the code.
func TestDocumentedExample(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("../../docs/auth.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(docBlock(t, doc, "request"))))
	if err != nil {
		t.Fatalf("example request: %v", err)
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		t.Fatal(err)
	}
	const (
		keyID  = "tk_0123456789abcdef0123"
		secret = "tss_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
		nonce  = "bm9uY2UtZm9yLXRoZS1kb2Nz"
	)
	if err := signing.Sign(req, keyID, []byte(secret), body, time.Unix(1767225600, 0), nonce); err != nil {
		t.Fatal(err)
	}
	auth, err := signing.ParseAuthorization(req.Header.Get("Authorization"))
	if err != nil {
		t.Fatal(err)
	}
	canon, err := signing.AppendCanonical(nil, signing.FromHTTP(req, sha256.Sum256(body)), auth.SignedHeaders)
	if err != nil {
		t.Fatal(err)
	}
	if want := docBlock(t, doc, "canonical"); string(canon) != want {
		t.Errorf("canonical request differs from docs/auth.md:\n--- code\n%s\n--- doc\n%s", canon, want)
	}
	var got strings.Builder
	for _, h := range []string{signing.HeaderTimestamp, signing.HeaderNonce, "Authorization"} {
		got.WriteString(h + ": " + req.Header.Get(h) + "\n")
	}
	if want := docBlock(t, doc, "headers") + "\n"; got.String() != want {
		t.Errorf("headers differ from docs/auth.md:\n--- code\n%s--- doc\n%s", got.String(), want)
	}
}
