package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
)

// Decode reads the JSON request body into v strictly: the body must be
// application/json, hold exactly one JSON value, name no field v does not
// have, repeat no key in any object (duplicate_json_key) and write every
// address-shaped string as an address (invalid_address; see strictJSON).
func Decode(r *http.Request, v any) error {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return errs.E(errs.UnsupportedMedia, "unsupported_media_type", "the body must be JSON, sent with Content-Type: application/json")
	}
	// The body is read whole (it is bounded by bodyLimit, and already in
	// memory after authenticate) because it is read twice.
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return decodeError(err)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return renamedAmount(decodeError(err), reflect.TypeOf(v))
	}
	if _, err := dec.Token(); err != io.EOF {
		return errs.E(errs.Invalid, "trailing_data", "the body must hold a single JSON value")
	}
	return strictJSON(body)
}

// strictJSON refuses what encoding/json lets through but another parser
// could read differently from the client who wrote it:
//
//   - an object that names a key twice (400 duplicate_json_key): one parser
//     takes the first value, another the last. Keys are compared as Go
//     matches them to fields, without regard to case, so {"amount":…,
//     "Amount":…} is refused too;
//   - a string written like an address ("0x" and 40 hex digits) in mixed
//     case whose EIP-55 checksum fails, or with "0X" (400 invalid_address).
//
// body is one valid JSON value.
func strictJSON(body []byte) error {
	type frame struct {
		object  bool
		keys    map[string]bool // folded keys seen
		wantKey bool
		key     string // the member being read
		index   int    // the element being read
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		b.WriteString("$")
		for _, f := range stack {
			if f.object {
				fmt.Fprintf(&b, ".%s", f.key)
			} else {
				fmt.Fprintf(&b, "[%d]", f.index)
			}
		}
		return b.String()
	}
	valueDone := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return decodeError(err)
		}
		if n := len(stack); n > 0 && stack[n-1].wantKey {
			if k, ok := tok.(string); ok {
				top := &stack[n-1]
				folded := foldKey(k)
				if top.keys[folded] {
					top.key = k
					return errs.E(errs.Invalid, "duplicate_json_key",
						fmt.Sprintf("the key %q appears twice in one object, at %s (keys are compared without regard to case)", k, path()))
				}
				if top.keys == nil {
					top.keys = map[string]bool{}
				}
				top.keys[folded], top.key, top.wantKey = true, k, false
				continue
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{object: true, wantKey: true})
			case '[':
				stack = append(stack, frame{})
			default:
				stack = stack[:len(stack)-1]
				valueDone()
			}
			continue
		case string:
			if address.Shaped(t) && !address.Valid(t) {
				return errs.E(errs.Invalid, "invalid_address",
					fmt.Sprintf("%s is written like an address but its mixed case is not a valid EIP-55 checksum; send it checksummed or all in lower case", path()))
			}
		}
		valueDone()
	}
}

// foldKey folds a key the way encoding/json matches keys to field names
// (bytes.EqualFold): two keys that would fill one field fold alike.
func foldKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return unicode.ToUpper(r)
		}
		// The smallest rune of r's case-folding orbit.
		for {
			next := unicode.SimpleFold(r)
			if next <= r {
				return next
			}
			r = next
		}
	}, k)
}

func decodeError(err error) error {
	var maxErr *http.MaxBytesError
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &maxErr):
		return errs.Wrap(err, errs.TooLarge, "body_too_large", fmt.Sprintf("the body is larger than %d bytes", maxErr.Limit))
	case errors.Is(err, io.EOF):
		return errs.E(errs.Invalid, "empty_body", "the request needs a JSON body")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errs.E(errs.Invalid, "invalid_json", "the body ends in the middle of a JSON value")
	case errors.As(err, &syntaxErr):
		return errs.E(errs.Invalid, "invalid_json", fmt.Sprintf("the body is not valid JSON (at byte %d)", syntaxErr.Offset))
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			return errs.E(errs.Invalid, "invalid_json", "the body must be a JSON "+typeErr.Type.Kind().String())
		}
		return errs.E(errs.Invalid, "invalid_field", fmt.Sprintf("field %q must be a %s", field, jsonKind(typeErr.Type.Kind().String())))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return errs.E(errs.Invalid, "unknown_field", "unknown field "+strings.TrimPrefix(err.Error(), "json: unknown field "))
	default:
		return errs.Wrap(err, errs.Invalid, "invalid_json", "the body is not valid JSON for this request")
	}
}

// renamedAmount explains an unknown field that is an amount's old name:
// every amount on the wire names its unit ("amount_base" in base units,
// "amount_units" in the token's units), and a body still sending
// "amount" is told which names replace it rather than only that the
// field is unknown.
func renamedAmount(err error, t reflect.Type) error {
	var e *errs.Error
	if !errors.As(err, &e) || e.Code != "unknown_field" {
		return err
	}
	name, ok := strings.CutPrefix(e.Message, "unknown field ")
	if !ok {
		return err
	}
	name = strings.Trim(name, `"`)
	tags := map[string]bool{}
	jsonTags(t, tags, map[reflect.Type]bool{})
	var alt []string
	for _, suffix := range []string{"_base", "_units"} {
		if tags[name+suffix] {
			alt = append(alt, strconv.Quote(name+suffix))
		}
	}
	if len(alt) == 0 {
		return err
	}
	return errs.E(errs.Invalid, "unknown_field", fmt.Sprintf(
		"unknown field %q: amounts name their unit, use %s (_base: base units as on chain; _units: the token's units, such as \"12.5\")",
		name, strings.Join(alt, " or ")))
}

// jsonTags gathers the JSON names of t's fields, at any depth.
func jsonTags(t reflect.Type, into map[string]bool, seen map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	for f := range t.Fields() {
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
			into[name] = true
		}
		jsonTags(f.Type, into, seen)
	}
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "number"
	case "slice", "array":
		return "array"
	case "struct", "map":
		return "object"
	case "bool":
		return "boolean"
	}
	return goKind
}

// JSON writes v as the JSON response body with the given status. On a /v1
// route, a successful response must be of the type the route declares
// (Route.Response): anything else is a fault of the handler, answered 500,
// for the description and the client are built from the declared type.
func JSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	if ri := infoFrom(r.Context()); ri != nil && ri.response != nil && status < 300 && reflect.TypeOf(v) != ri.response {
		Error(w, r, fmt.Errorf("%s %s: the handler answered a %v, but the route declares %v", r.Method, r.URL.Path, reflect.TypeOf(v), ri.response))
		return
	}
	buf := jsonBufs.Get().(*bytes.Buffer)
	defer putBuffer(buf)
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		Error(w, r, fmt.Errorf("encode response: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// jsonBufs are the buffers JSON encodes answers into, reused: a writer
// keeps no slice it was given, so a buffer is free again once written.
var jsonBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// pooledMax bounds the buffers the pools keep (jsonBufs, heldBufs): one
// grown past what answers usually need, by a large export, is left to the
// collector rather than held.
const pooledMax = 64 << 10

// putBuffer returns buf to jsonBufs, unless it grew past pooledMax.
func putBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= pooledMax {
		buf.Reset()
		jsonBufs.Put(buf)
	}
}

// writeJSON is JSON for values that always encode (the error model).
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// declareResponse records the route's response type (Route.Response) for
// JSON to check.
func declareResponse(v any) func(http.Handler) http.Handler {
	t := reflect.TypeOf(v)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if ri := infoFrom(r.Context()); ri != nil {
				ri.response = t
			}
			next.ServeHTTP(w, r)
		})
	}
}
