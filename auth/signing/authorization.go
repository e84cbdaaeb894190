package signing

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// Authorization is the parsed Authorization header:
//
//	TESSERA-HMAC-SHA256 Credential=<key id>, SignedHeaders=<a;b;c>, Signature=<64 hex>
type Authorization struct {
	KeyID         string
	SignedHeaders []string
	Signature     [sha256.Size]byte
}

// ErrAuthorization is returned for an Authorization header that does not
// follow the scheme.
var ErrAuthorization = errors.New("authorization header is not " + Algorithm + " Credential=…, SignedHeaders=…, Signature=…")

// maxAuthorization bounds the header, so parsing work is bounded too.
const maxAuthorization = 2048

// ParseAuthorization parses an Authorization header value. The three
// parameters may come in any order, each exactly once, separated by commas
// with optional spaces.
func ParseAuthorization(h string) (Authorization, error) {
	var a Authorization
	if len(h) > maxAuthorization {
		return a, ErrAuthorization
	}
	rest, ok := strings.CutPrefix(h, Algorithm+" ")
	if !ok {
		return a, ErrAuthorization
	}
	var seen [3]bool
	for param := range strings.SplitSeq(rest, ",") {
		name, value, ok := strings.Cut(strings.Trim(param, " \t"), "=")
		if !ok || value == "" {
			return a, ErrAuthorization
		}
		switch name {
		case "Credential":
			if seen[0] || !validKeyID(value) {
				return a, ErrAuthorization
			}
			seen[0], a.KeyID = true, value
		case "SignedHeaders":
			if seen[1] {
				return a, ErrAuthorization
			}
			a.SignedHeaders = strings.Split(value, ";")
			if checkSignedHeaders(a.SignedHeaders) != nil {
				return a, ErrAuthorization
			}
			seen[1] = true
		case "Signature":
			if seen[2] || len(value) != 2*sha256.Size {
				return a, ErrAuthorization
			}
			if _, err := hex.Decode(a.Signature[:], []byte(value)); err != nil {
				return a, ErrAuthorization
			}
			seen[2] = true
		default:
			return a, ErrAuthorization
		}
	}
	if !seen[0] || !seen[1] || !seen[2] {
		return a, ErrAuthorization
	}
	return a, nil
}

// validKeyID accepts the characters a key id may hold; whether the key
// exists is for the key store to say.
func validKeyID(s string) bool {
	if len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// String formats the header value.
func (a Authorization) String() string {
	return Algorithm + " Credential=" + a.KeyID +
		", SignedHeaders=" + strings.Join(a.SignedHeaders, ";") +
		", Signature=" + hex.EncodeToString(a.Signature[:])
}
