package signing_test

import (
	"testing"

	"github.com/tessera-rwa/tessera/auth/signing"
)

// FuzzParseAuthorization checks that any header value either parses into a
// well-formed Authorization that formats back to an equivalent value, or is
// refused, without panicking.
func FuzzParseAuthorization(f *testing.F) {
	f.Add(validAuth)
	f.Add("TESSERA-HMAC-SHA256 ")
	f.Add("TESSERA-HMAC-SHA256 Credential=,SignedHeaders=,Signature=")
	f.Fuzz(func(t *testing.T, h string) {
		a, err := signing.ParseAuthorization(h)
		if err != nil {
			return
		}
		again, err := signing.ParseAuthorization(a.String())
		if err != nil {
			t.Fatalf("formatted header does not parse: %q: %v", a.String(), err)
		}
		if again.String() != a.String() {
			t.Fatalf("round trip changed the header: %q -> %q", a.String(), again.String())
		}
	})
}
