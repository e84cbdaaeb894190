// Package signing implements Tessera's request signature scheme,
// TESSERA-HMAC-SHA256, shared by the server's verifier and the Go client.
// docs/auth.md describes it for implementers in other languages.
//
// A request is reduced to a canonical string (method, path, sorted query,
// the signed headers, the SHA-256 of the body), which is signed with
// HMAC-SHA256 under the key's secret. The signature travels in one
// Authorization header with the key id and the names of the signed headers.
package signing

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Names used by the scheme.
const (
	Algorithm            = "TESSERA-HMAC-SHA256"
	HeaderTimestamp      = "X-Tessera-Timestamp"
	HeaderNonce          = "X-Tessera-Nonce"
	HeaderIdempotencyKey = "Idempotency-Key"
)

// RequiredHeaders must be among the signed headers of every request, in
// canonical (sorted, lower-case) form. Idempotency-Key must be signed too
// when the request carries one.
var RequiredHeaders = []string{"content-type", "host", "x-tessera-nonce", "x-tessera-timestamp"}

// Request is what the canonical string is made of.
type Request struct {
	Method   string
	Path     string // as sent on the request line, percent-encoding kept
	RawQuery string // without the '?'
	Host     string
	Header   http.Header
	BodyHash [sha256.Size]byte
}

// FromHTTP describes r, whose body hashes to bodyHash. It works for a
// request received by a server and for one built by a client.
func FromHTTP(r *http.Request, bodyHash [sha256.Size]byte) Request {
	host := r.Host
	if host == "" && r.URL != nil {
		host = r.URL.Host
	}
	return Request{
		Method:   r.Method,
		Path:     r.URL.EscapedPath(),
		RawQuery: r.URL.RawQuery,
		Host:     host,
		Header:   r.Header,
		BodyHash: bodyHash,
	}
}

// Errors of the canonical form.
var (
	ErrSignedHeaders  = errors.New("signed headers must be lower-case names, sorted, without duplicates")
	ErrQuery          = errors.New("query string is malformed: every % must be followed by two hex digits, and ; is not allowed")
	ErrDuplicateQuery = errors.New("query string names a parameter more than once")
)

// AppendCanonical appends the canonical string of req over the signed
// headers to dst:
//
//	TESSERA-HMAC-SHA256 \n METHOD \n path \n canonical query \n
//	name:value \n (one line per signed header) signed;header;names \n
//	hex(sha256(body))
func AppendCanonical(dst []byte, req Request, signed []string) ([]byte, error) {
	if err := checkSignedHeaders(signed); err != nil {
		return dst, err
	}
	dst = append(dst, Algorithm...)
	dst = append(dst, '\n')
	dst = append(dst, strings.ToUpper(req.Method)...)
	dst = append(dst, '\n')
	if req.Path == "" {
		dst = append(dst, '/')
	} else {
		dst = append(dst, req.Path...)
	}
	dst = append(dst, '\n')
	var err error
	if dst, err = appendQuery(dst, req.RawQuery); err != nil {
		return dst, err
	}
	dst = append(dst, '\n')
	for _, name := range signed {
		dst = append(dst, name...)
		dst = append(dst, ':')
		if name == "host" {
			dst = append(dst, strings.TrimSpace(req.Host)...)
		} else {
			for i, v := range req.Header.Values(name) {
				if i > 0 {
					dst = append(dst, ',')
				}
				dst = append(dst, strings.Trim(v, " \t")...)
			}
		}
		dst = append(dst, '\n')
	}
	for i, name := range signed {
		if i > 0 {
			dst = append(dst, ';')
		}
		dst = append(dst, name...)
	}
	dst = append(dst, '\n')
	dst = hex.AppendEncode(dst, req.BodyHash[:])
	return dst, nil
}

func checkSignedHeaders(signed []string) error {
	if len(signed) == 0 || len(signed) > 32 {
		return ErrSignedHeaders
	}
	for i, name := range signed {
		if name == "" || (i > 0 && name <= signed[i-1]) {
			return ErrSignedHeaders
		}
		for j := 0; j < len(name); j++ {
			c := name[j]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return ErrSignedHeaders
			}
		}
	}
	return nil
}

// Sum returns HMAC-SHA256(secret, canonical).
func Sum(secret, canonical []byte) [sha256.Size]byte {
	m := hmac.New(sha256.New, secret)
	m.Write(canonical)
	var out [sha256.Size]byte
	m.Sum(out[:0])
	return out
}

// Check reports, in constant time, whether sig is the signature of
// canonical under secret.
func Check(secret, canonical []byte, sig [sha256.Size]byte) bool {
	want := Sum(secret, canonical)
	return hmac.Equal(want[:], sig[:])
}

// NewNonce returns a random nonce: 22 characters of base64url.
func NewNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// ValidNonce reports whether s is an acceptable nonce: 16 to 64 characters
// of A-Z a-z 0-9 '-' '_'.
func ValidNonce(s string) bool {
	if len(s) < 16 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ParseTimestamp parses the X-Tessera-Timestamp value: Unix seconds in
// decimal.
func ParseTimestamp(s string) (time.Time, bool) {
	if len(s) == 0 || len(s) > 12 || s[0] == '+' || s[0] == '-' {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(n, 0), true
}

// Sign sets the timestamp, nonce and Authorization headers of r so that it
// verifies under keyID and secret. body is the exact body r will send (nil
// for none). An Idempotency-Key header already on r is signed too.
func Sign(r *http.Request, keyID string, secret, body []byte, now time.Time, nonce string) error {
	r.Header.Set(HeaderTimestamp, strconv.FormatInt(now.Unix(), 10))
	r.Header.Set(HeaderNonce, nonce)
	signed := RequiredHeaders
	if r.Header.Get(HeaderIdempotencyKey) != "" {
		signed = []string{"content-type", "host", "idempotency-key", "x-tessera-nonce", "x-tessera-timestamp"}
	}
	canon, err := AppendCanonical(nil, FromHTTP(r, sha256.Sum256(body)), signed)
	if err != nil {
		return err
	}
	r.Header.Set("Authorization", Authorization{KeyID: keyID, SignedHeaders: signed, Signature: Sum(secret, canon)}.String())
	return nil
}
