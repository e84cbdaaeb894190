package oracle

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// ExtractJSON returns the value at a dotted path ("data.nav",
// "funds.0.price") in a JSON document as text: a JSON number exactly as
// written (never through float64) or a JSON string's contents. Array
// elements are addressed by their index. Objects, arrays, booleans, null and
// missing keys are errors.
func ExtractJSON(body []byte, path string) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return "", errs.Wrap(err, errs.Invalid, CodeBadValue, "the response is not JSON")
	}
	if path == "" {
		return "", errs.E(errs.Invalid, CodeBadValue, "empty JSON path")
	}
	cur := doc
	for i, seg := range strings.Split(path, ".") {
		at := strings.Join(strings.Split(path, ".")[:i+1], ".")
		switch node := cur.(type) {
		case map[string]any:
			v, ok := node[seg]
			if !ok {
				return "", errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("JSON path %s: no key %q", at, seg))
			}
			cur = v
		case []any:
			n, err := strconv.Atoi(seg)
			if err != nil || n < 0 || n >= len(node) {
				return "", errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("JSON path %s: no element %q in an array of %d", at, seg, len(node)))
			}
			cur = node[n]
		default:
			return "", errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("JSON path %s: %s is not an object or array", at, jsonKind(cur)))
		}
	}
	switch v := cur.(type) {
	case json.Number:
		return v.String(), nil
	case string:
		return strings.TrimSpace(v), nil
	default:
		return "", errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("JSON path %s: want a number or a string, found %s", path, jsonKind(cur)))
	}
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	}
	return fmt.Sprintf("%T", v)
}

// ParseTime reads a source's timestamp: RFC 3339 (a year from 0000 to 9999
// once in UTC), a date (YYYY-MM-DD, taken as midnight UTC) or Unix seconds.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		// An offset can move year 0000 or 9999 out of the years RFC 3339
		// (and JSON) can write in UTC: such a time is refused.
		if y := t.UTC().Year(); y >= 0 && y <= 9999 {
			return t.UTC(), nil
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.UTC(), nil
	}
	if allDigits(s) && s != "" && len(s) <= 11 {
		n, _ := strconv.ParseInt(s, 10, 64)
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, errs.E(errs.Invalid, "bad_time", fmt.Sprintf("%q is not an RFC 3339 time, a YYYY-MM-DD date or Unix seconds", truncate(s, 40)))
}
