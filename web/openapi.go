package web

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/auth"
)

// infraRoute is a route outside the Route table: probes, docs.
type infraRoute struct {
	method, path, summary, contentType string
}

// infraRoutes are described in the OpenAPI document next to the table.
var infraRoutes = []infraRoute{
	{"GET", "/healthz", "Liveness: 200 while the process serves", "application/json"},
	{"GET", "/readyz", "Readiness: 200 when every check passes, 503 naming the ones that fail", "application/json"},
	{"GET", "/docs", "This API's documentation as a web page", "text/html"},
	{"GET", "/v1/openapi.json", "This description (OpenAPI 3.1)", "application/json"},
}

// openAPI describes every route as OpenAPI 3.1, derived from the same
// table the router is built from.
func (s *Server) openAPI() ([]byte, error) {
	paths := map[string]map[string]any{}
	add := func(path, method string, op map[string]any) {
		if paths[path] == nil {
			paths[path] = map[string]any{}
		}
		paths[path][strings.ToLower(method)] = op
	}
	described := infraRoutes
	for _, p := range s.cfg.Public {
		if p.Ops {
			continue // not on this listener
		}
		described = append(described, infraRoute{p.Method, p.Path, p.Summary, p.ContentType})
	}
	for _, ir := range described {
		add(ir.path, ir.method, map[string]any{
			"operationId": operationID(ir.method, ir.path),
			"summary":     ir.summary,
			"tags":        []string{"operations"},
			"security":    []any{},
			"responses": map[string]any{
				"200": map[string]any{"description": "OK", "content": map[string]any{ir.contentType: map[string]any{}}},
			},
		})
	}
	for _, rt := range s.routes {
		path := "/v1" + openAPIPath(rt.Pattern)
		add(path, rt.Method, s.operation(rt, path))
	}
	doc := map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":       "Tessera API",
			"version":     "1",
			"description": "Real-world-asset tokenization. Requests under /v1 are signed with TESSERA-HMAC-SHA256 (docs/auth.md); every write (POST, PUT, PATCH, DELETE) requires an Idempotency-Key; lists are paginated with ?limit= and ?cursor=.",
		},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{
				"tesseraHmac": map[string]any{
					"type": "apiKey", "in": "header", "name": "Authorization",
					"description": "TESSERA-HMAC-SHA256 Credential=<key id>, SignedHeaders=<names>, Signature=<hex>, with X-Tessera-Timestamp and X-Tessera-Nonce: see docs/auth.md.",
				},
			},
			"schemas": map[string]any{"Error": schemaOf(reflect.TypeFor[ErrorBody](), 0)},
		},
		"security": []any{map[string]any{"tesseraHmac": []string{}}},
	}
	return json.MarshalIndent(doc, "", "  ")
}

func (s *Server) operation(rt Route, path string) map[string]any {
	var params []any
	for _, name := range pathParams(path) {
		params = append(params, map[string]any{"name": name, "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
	}
	if rt.Paginated {
		params = append(params,
			map[string]any{"name": "limit", "in": "query", "schema": map[string]any{"type": "integer", "minimum": 1, "maximum": MaxLimit, "default": DefaultLimit}},
			map[string]any{"name": "cursor", "in": "query", "description": "next_cursor of the previous page", "schema": map[string]any{"type": "string"}})
	}
	for _, q := range rt.Query {
		params = append(params, map[string]any{"name": q.Name, "in": "query", "description": q.Description, "schema": map[string]any{"type": "string"}})
	}
	if rt.IsWrite() {
		params = append(params, map[string]any{
			"name": "Idempotency-Key", "in": "header", "required": rt.Idempotency == IdempotencyRequired,
			"description": "replays the first response for 24 h; 422 if reused with another request, 409 while the first runs",
			"schema":      map[string]any{"type": "string", "minLength": 1, "maxLength": 255},
		})
	}
	ok := map[string]any{"description": http.StatusText(rt.successStatus())}
	if rt.Response != nil {
		schema := schemaOf(reflect.TypeOf(rt.Response), 0)
		if rt.Paginated {
			schema = map[string]any{
				"type":     "object",
				"required": []string{"items"},
				"properties": map[string]any{
					"items":       map[string]any{"type": "array", "items": schema},
					"next_cursor": map[string]any{"type": "string", "description": "absent on the last page"},
				},
			}
		}
		ok["content"] = map[string]any{"application/json": map[string]any{"schema": schema}}
	}
	status := itoa(rt.successStatus())
	if rt.WebSocket {
		status = "101"
		ok["description"] = "Switching Protocols: a WebSocket whose text messages are JSON, a hello first, then these"
		ok["content"] = map[string]any{"application/json": ok["content"].(map[string]any)["application/json"]}
	}
	op := map[string]any{
		"operationId": operationID(rt.Method, path),
		"summary":     rt.Summary,
		"tags":        []string{strings.Split(strings.TrimPrefix(rt.Pattern, "/"), "/")[0]},
		"responses": map[string]any{
			status: ok,
			"default": map[string]any{"description": "Error", "content": map[string]any{
				"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}},
			}},
		},
	}
	scopes, actions, fourEyes := []string{}, []string{}, false
	for _, a := range []auth.Action{rt.Action, rt.Or} {
		rule, ok := auth.RuleOf(a)
		if !ok {
			continue
		}
		actions = append(actions, string(a))
		fourEyes = fourEyes || rule.FourEyes()
		for _, sc := range rule.Scopes {
			if !slices.Contains(scopes, string(sc)) {
				scopes = append(scopes, string(sc))
			}
		}
	}
	op["x-scopes"] = scopes
	op["x-actions"] = actions
	op["x-four-eyes"] = fourEyes
	if params != nil {
		op["parameters"] = params
	}
	if rt.Request != nil {
		op["requestBody"] = map[string]any{
			"required": true,
			"content":  map[string]any{"application/json": map[string]any{"schema": schemaOf(reflect.TypeOf(rt.Request), 0)}},
		}
	}
	return op
}

func (s *Server) openAPIJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(s.spec)
}

var chiParam = regexp.MustCompile(`\{([^}:]+)(:[^}]*)?\}`)

// openAPIPath turns chi's {id:regexp} into OpenAPI's {id}.
func openAPIPath(pattern string) string { return chiParam.ReplaceAllString(pattern, "{$1}") }

func pathParams(path string) []string {
	var out []string
	for _, m := range chiParam.FindAllStringSubmatch(path, -1) {
		out = append(out, m[1])
	}
	return out
}

func operationID(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, part := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' || r == '{' || r == '}' || r == '.' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

var timeType = reflect.TypeFor[time.Time]()

// schemaOf is a JSON Schema (2020-12, as OpenAPI 3.1 uses) for t, following
// encoding/json's rules for field names and omitempty.
func schemaOf(t reflect.Type, depth int) map[string]any {
	if depth > 8 {
		return map[string]any{}
	}
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	var s map[string]any
	switch {
	case t == timeType:
		s = map[string]any{"type": "string", "format": "date-time"}
	case t.Kind() == reflect.String:
		s = map[string]any{"type": "string"}
	case t.Kind() == reflect.Bool:
		s = map[string]any{"type": "boolean"}
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		s = map[string]any{"type": "integer"}
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		s = map[string]any{"type": "number"}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		s = map[string]any{"type": "string", "contentEncoding": "base64"}
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		s = map[string]any{"type": "array", "items": schemaOf(t.Elem(), depth+1)}
	case t.Kind() == reflect.Map:
		s = map[string]any{"type": "object", "additionalProperties": schemaOf(t.Elem(), depth+1)}
	case t.Kind() == reflect.Struct:
		props := map[string]any{}
		var required []string
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = schemaOf(f.Type, depth+1)
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				required = append(required, name)
			}
		}
		sort.Strings(required)
		s = map[string]any{"type": "object", "properties": props, "additionalProperties": false}
		if required != nil {
			s["required"] = required
		}
	default:
		s = map[string]any{}
	}
	if nullable {
		if typ, ok := s["type"].(string); ok {
			s["type"] = []string{typ, "null"}
		}
	}
	return s
}
