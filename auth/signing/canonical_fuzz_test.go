package signing_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/auth/signing"
)

// canonicalQuery returns the canonical query line of raw.
func canonicalQuery(raw string) (string, error) {
	c, err := signing.AppendCanonical(nil, signing.Request{Method: "GET", Path: "/", RawQuery: raw, Header: http.Header{}}, []string{"host"})
	if err != nil {
		return "", err
	}
	return strings.Split(string(c), "\n")[3], nil
}

// FuzzCanonicalQuery checks the documented rules of the canonical query:
// neither it nor whether the query has one depends on the order of the
// pairs, it is its own canonical form, and it holds only unreserved
// characters, %XX, '=' and '&'.
func FuzzCanonicalQuery(f *testing.F) {
	for _, q := range []string{"", "limit=10&cursor=abc", "b=2&a=1&a=0", "a+b=c%20d", "x", "&&a=&=b", "%zz=1", "k=%E2%82%AC&k=~._-", "a=b=c", "%41=%61"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		parts := strings.Split(raw, "&")
		slices.Reverse(parts)
		reordered, rerr := canonicalQuery(strings.Join(parts, "&"))
		got, err := canonicalQuery(raw)
		if err != nil {
			if errors.Is(err, signing.ErrSignedHeaders) {
				t.Fatalf("query %q: %v", raw, err)
			}
			if rerr == nil {
				t.Fatalf("query %q is refused (%v) but reordered it is %q", raw, err, reordered)
			}
			return
		}
		for i := 0; i < len(got); i++ {
			c := got[i]
			ok := c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-._~%=&", c) >= 0
			if !ok {
				t.Fatalf("query %q: canonical %q holds %q", raw, got, c)
			}
		}
		again, err := canonicalQuery(got)
		if err != nil || again != got {
			t.Fatalf("canonical query is not a fixed point: %q -> %q -> %q, %v", raw, got, again, err)
		}
		if rerr != nil || reordered != got {
			t.Fatalf("pair order changed the canonical query: %q -> %q, reordered %q, %v", raw, got, reordered, rerr)
		}
	})
}

// FuzzCanonicalRequest signs-side and verifies-side the same request: the
// client builds the canonical string from the URL it holds, the server
// from the request line that URL puts on the wire, and the two must agree
// (else a genuine signature fails). The canonical string is deterministic,
// independent of what dst already holds, and has one line per part.
func FuzzCanonicalRequest(f *testing.F) {
	f.Add("GET", "https://api.test/v1/assets?limit=10&cursor=abc", "application/json", []byte(nil))
	f.Add("post", "http://127.0.0.1:8080/v1/assets/x%2Fy/documents?", "application/json; charset=utf-8", []byte(`{"name":"a"}`))
	f.Add("GET", "http://h//double//slash/?b=2&a=1&a=%20", " text/plain\t", []byte{})
	f.Add("DELETE", "http://h/caf%C3%A9/%7Euser?q=a+b&q=a%2Bb", "", []byte("x"))
	f.Add("GET", "http://h/a%zzb?x=%zz", "", []byte(nil))
	f.Fuzz(func(t *testing.T, method, rawURL, contentType string, body []byte) {
		if method == "" || strings.ContainsAny(method, "\r\n") {
			return // never a request line
		}
		u, err := url.Parse(rawURL)
		if err != nil || u.Opaque != "" || u.Host == "" {
			return // not a URL a client can send a request to
		}
		header := http.Header{}
		header.Set("Content-Type", contentType)
		header.Set(signing.HeaderNonce, "aaaaaaaaaaaaaaaaaaaaaa")
		header.Set(signing.HeaderTimestamp, "1767225600")
		hash := sha256.Sum256(body)
		client := signing.FromHTTP(&http.Request{Method: method, URL: u, Header: header}, hash)
		want, wantErr := signing.AppendCanonical(nil, client, signing.RequiredHeaders)

		// What the server sees: the request line's target and the Host header.
		onWire, err := url.ParseRequestURI(u.RequestURI())
		if err != nil {
			t.Fatalf("%q: request target %q does not parse: %v", rawURL, u.RequestURI(), err)
		}
		server := signing.FromHTTP(&http.Request{Method: method, URL: onWire, Host: u.Host, Header: header}, hash)
		got, gotErr := signing.AppendCanonical(nil, server, signing.RequiredHeaders)
		if (wantErr == nil) != (gotErr == nil) || !bytes.Equal(got, want) {
			t.Fatalf("%q: client and server disagree:\nclient %q %v\nserver %q %v", rawURL, want, wantErr, got, gotErr)
		}
		if wantErr != nil {
			if errors.Is(wantErr, signing.ErrSignedHeaders) {
				t.Fatalf("%q: %v", rawURL, wantErr)
			}
			return // a query without a canonical form, refused on both sides
		}

		prefix := []byte("already here\n")
		withPrefix, err := signing.AppendCanonical(bytes.Clone(prefix), client, signing.RequiredHeaders)
		if err != nil || !bytes.Equal(withPrefix, append(prefix, want...)) {
			t.Fatalf("%q: appending to a non-empty dst changed the canonical string: %q", rawURL, withPrefix)
		}
		again, _ := signing.AppendCanonical(nil, client, signing.RequiredHeaders)
		if !bytes.Equal(again, want) {
			t.Fatalf("%q: not deterministic: %q then %q", rawURL, want, again)
		}
		if !strings.ContainsAny(contentType+u.Host, "\r\n") {
			// algorithm, method, path, query, 4 headers, names, body hash
			if n := bytes.Count(want, []byte("\n")) + 1; n != 10 {
				t.Fatalf("%q: %d lines in %q", rawURL, n, want)
			}
		}
	})
}
