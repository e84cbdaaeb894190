package signing

import (
	"net/url"
	"slices"
	"strings"
)

// CheckQuery reports whether raw (a query without the '?') has a
// canonical form: ErrQuery for a malformed percent-escape or a ';',
// ErrDuplicateQuery for a parameter named twice. The server refuses such a
// query before it looks at the signature.
func CheckQuery(raw string) error {
	_, err := appendQuery(nil, raw)
	return err
}

// appendQuery appends the canonical query: every name=value pair decoded
// (with '+' as a space), re-encoded with RFC 3986 percent-encoding (only
// A-Z a-z 0-9 - . _ ~ left as they are, hex in upper case), sorted by name,
// joined by '&'. A pair without '=' has an empty value; empty pairs are
// dropped.
//
// A query the signer and the server could read differently has no
// canonical form: a '%' not followed by two hex digits, a ';' (which some
// parsers take as a separator and Go's drops with its pair), and a name
// that appears twice (one parser takes the first value, another the last).
func appendQuery(dst []byte, raw string) ([]byte, error) {
	if raw == "" {
		return dst, nil
	}
	if strings.IndexByte(raw, ';') >= 0 {
		return dst, ErrQuery
	}
	type pair struct{ k, v string }
	pairs := make([]pair, 0, strings.Count(raw, "&")+1)
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err := url.QueryUnescape(k)
		if err != nil {
			return dst, ErrQuery
		}
		dv, err := url.QueryUnescape(v)
		if err != nil {
			return dst, ErrQuery
		}
		pairs = append(pairs, pair{encode(dk), encode(dv)})
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if c := strings.Compare(a.k, b.k); c != 0 {
			return c
		}
		return strings.Compare(a.v, b.v)
	})
	for i, p := range pairs {
		if i > 0 {
			// Encoding is one-to-one, so equal encoded names are equal
			// decoded names: a%62=1&ab=2 names ab twice.
			if p.k == pairs[i-1].k {
				return dst, ErrDuplicateQuery
			}
			dst = append(dst, '&')
		}
		dst = append(dst, p.k...)
		dst = append(dst, '=')
		dst = append(dst, p.v...)
	}
	return dst, nil
}

func encode(s string) string {
	const hexUpper = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexUpper[c>>4])
		b.WriteByte(hexUpper[c&15])
	}
	return b.String()
}
