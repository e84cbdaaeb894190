package web

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
)

// infraRoute is a route outside the Route table: probes, docs.
type infraRoute struct {
	method, path, summary, contentType string
	body                               any   // the response body type; nil: none described
	errors                             []int // error statuses it can answer
}

// infraRoutes are described in the OpenAPI document next to the table.
var infraRoutes = []infraRoute{
	{"GET", "/healthz", "Liveness: 200 while the process serves", "application/json", api.Health{}, nil},
	{"GET", "/readyz", "Readiness: 200 when every check passes, 503 naming the ones that fail", "application/json", api.Health{}, []int{http.StatusServiceUnavailable}},
	{"GET", "/docs", "This API's documentation as a web page", "text/html", "", []int{http.StatusBadRequest}},
	{"GET", "/v1/openapi.json", "This description (OpenAPI 3.1)", "application/json", map[string]any{},
		[]int{http.StatusBadRequest, http.StatusTooManyRequests}},
}

// apiTags are the groups the document puts operations in, in the order
// the docs page shows them, each with what it holds. An operation's tag is
// the first segment of its path under /v1, or the group tagAliases names
// for it; the unauthenticated routes are "operations".
var apiTags = []struct{ name, description string }{
	{"assets", "Assets and their lifecycle: documents and their proposals, tokenization, mint and burn requests (single and bulk) with their approvals, cap tables, treasuries and events"},
	{"distributions", "Payouts (rent, coupons, dividends) declared on an asset: approval, publication as a Merkle tree, each holder's proof"},
	{"investors", "What a wallet, or all wallets of an investor, holds and has moved"},
	{"compliance", "Investors, wallets and KYC, onboarding by attestation, transfer rules, caps and locks, pre-trade checks, interventions (freezes, forced transfers), reconciliation with the identity registry and the tamper-evident log"},
	{"oracle", "Valuations signed by registered appraisers, appraiser registration, the value the relay would push, feed history, NAV-guard alerts and overrides"},
	{"dealing", "Subscriptions and redemptions at NAV: calendars, dealing days, books and their approval, fulfilment batches, wire confirmations and the calls a wallet signs itself"},
	{"audit", "Chain against records: verification reports and exports at a block"},
	{"keys", "API keys (created, rotated, revoked) and the principal a request resolves to"},
	{"stream", "The live event feed over WebSocket"},
	{"operations", "Unauthenticated: probes, this documentation, this description (/v1/openapi.json) and the public routes outside /v1"},
}

// tagAliases put routes whose first path segment is not a group of its
// own into the group they belong to.
var tagAliases = map[string]string{"me": "keys", "requests": "assets"}

// tagOf is the group of the /v1 route pattern.
func tagOf(pattern string) string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(pattern, "/"), "/")
	if alias, ok := tagAliases[seg]; ok {
		return alias
	}
	return seg
}

// docTags lists the groups used, in apiTags' order, then any other (a
// mounted route's first segment) by name.
func docTags(used map[string]bool) []any {
	var out []any
	for _, t := range apiTags {
		if used[t.name] {
			out = append(out, map[string]any{"name": t.name, "description": t.description})
			delete(used, t.name)
		}
	}
	var rest []string
	for name := range used {
		rest = append(rest, name)
	}
	sort.Strings(rest)
	for _, name := range rest {
		out = append(out, map[string]any{"name": name, "description": "Routes under /v1/" + name})
	}
	return out
}

// Idempotency-Key requirement of an operation, as its x-idempotency says.
const (
	idemRequired = "required" // a write that refuses a request without the header
	idemOptional = "optional" // a write that honours the header when sent
	idemNone     = "none"     // the header is not read: reads, and routes outside /v1
)

// errorResponses names the error statuses the document describes, each
// with the error model (api.ErrorBody) and what makes the API answer it.
var errorResponses = map[int]struct{ name, description string }{
	http.StatusBadRequest:            {"BadRequest", "The request is malformed: a bad query, path parameter or body, or a host this server does not answer for"},
	http.StatusUnauthorized:          {"Unauthorized", "The signature is missing, malformed, stale, replayed or wrong, or the key is unknown, expired or revoked (docs/auth.md)"},
	http.StatusForbidden:             {"Forbidden", "The key's scopes do not allow this action, or four-eyes refuses the same principal twice"},
	http.StatusNotFound:              {"NotFound", "What the path names does not exist"},
	http.StatusConflict:              {"Conflict", "The state does not allow it (already decided, invalid state), or the first request with this Idempotency-Key is still running"},
	http.StatusRequestEntityTooLarge: {"TooLarge", "The body is over the size limit (1 MiB by default)"},
	http.StatusUnsupportedMediaType:  {"UnsupportedMediaType", "The body is not application/json (or a document's bytes are not of an allowed type)"},
	http.StatusUnprocessableEntity:   {"Unprocessable", "The Idempotency-Key was used with another request, or the chain or the rules refuse it"},
	http.StatusTooManyRequests:       {"RateLimited", "Too many requests from this key or address; retry after Retry-After seconds"},
	http.StatusServiceUnavailable:    {"Unavailable", "A dependency (PostgreSQL, the chain) is unavailable; retry after Retry-After seconds"},
}

// openAPI describes every route as OpenAPI 3.1, derived from the same
// table the router is built from, with the schemas reflected from the
// wire types the handlers encode (JSON checks that they do).
func (s *Server) openAPI() ([]byte, error) {
	g := newSchemas()
	examples, err := recordedExamples()
	if err != nil {
		return nil, err
	}
	paths := map[string]map[string]any{}
	tags := map[string]bool{}
	add := func(path, method string, op map[string]any) {
		if paths[path] == nil {
			paths[path] = map[string]any{}
		}
		paths[path][strings.ToLower(method)] = op
		for _, t := range op["tags"].([]string) {
			tags[t] = true
		}
	}
	described := infraRoutes
	for _, p := range s.cfg.Public {
		if p.Ops {
			continue // not on this listener
		}
		described = append(described, infraRoute{p.Method, p.Path, p.Summary, p.ContentType, nil,
			[]int{http.StatusBadRequest, http.StatusTooManyRequests}})
	}
	for _, ir := range described {
		media := map[string]any{}
		switch ir.body.(type) {
		case nil:
		case string:
			media["schema"] = map[string]any{"type": "string"}
		default:
			media["schema"] = g.of(reflect.TypeOf(ir.body))
		}
		responses := map[string]any{
			"200": map[string]any{"description": "OK", "content": map[string]any{ir.contentType: media}},
		}
		for _, status := range ir.errors {
			if status == http.StatusServiceUnavailable && ir.body != nil {
				responses["503"] = map[string]any{"description": "Not ready: the checks that fail are named",
					"content": map[string]any{ir.contentType: media}}
				continue
			}
			responses[strconv.Itoa(status)] = g.errorRef(status)
		}
		op := map[string]any{
			"operationId":   operationID(ir.method, ir.path),
			"summary":       ir.summary,
			"tags":          []string{"operations"},
			"security":      []any{},
			"responses":     responses,
			"x-idempotency": idemNone,
		}
		if strings.HasSuffix(ir.path, "/*") {
			op["parameters"] = []any{map[string]any{"name": "path", "in": "path", "required": true,
				"description": "the rest of the path", "schema": map[string]any{"type": "string"}}}
		}
		add(strings.TrimSuffix(ir.path, "*")+pathRest(ir.path), ir.method, op)
	}
	for _, rt := range s.routes {
		path := "/v1" + openAPIPath(rt.Pattern)
		add(path, rt.Method, s.operation(g, rt, path, examples[operationID(rt.Method, path)]))
	}
	responses := map[string]any{}
	for status := range g.errors {
		e := errorResponses[status]
		responses[e.name] = map[string]any{
			"description": e.description,
			"content":     map[string]any{"application/json": map[string]any{"schema": g.of(reflect.TypeFor[api.ErrorBody]())}},
		}
	}
	doc := map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":       "Tessera API",
			"version":     "1",
			"description": "Real-world-asset tokenization. Requests under /v1 are signed with TESSERA-HMAC-SHA256 (docs/auth.md); every write (POST, PUT, PATCH, DELETE) requires an Idempotency-Key, except the few naturally idempotent ones marked optional; lists are paginated with ?limit= and ?cursor=. Addresses and hashes are 0x-prefixed hex strings, token amounts and money are decimal strings, times are RFC 3339. Each operation names the key scopes that may call it (x-scopes, any one of them; empty: any valid key), the actions of docs/security.md it takes (x-actions), whether a second principal with another owner must decide (x-four-eyes), and whether its Idempotency-Key header is required, optional or not read (x-idempotency). Examples are real requests and responses recorded from the end-to-end tests.",
			"license":     map[string]any{"name": "Proprietary", "identifier": "LicenseRef-Proprietary"},
		},
		"servers": []any{map[string]any{"url": "/", "description": "The server that serves this document"}},
		"tags":    docTags(tags),
		"paths":   paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{
				"tesseraHmac": map[string]any{
					"type": "apiKey", "in": "header", "name": "Authorization",
					"description": "TESSERA-HMAC-SHA256 Credential=<key id>, SignedHeaders=<names>, Signature=<hex>, with X-Tessera-Timestamp and X-Tessera-Nonce: see docs/auth.md.",
				},
			},
			"schemas":   g.components,
			"responses": responses,
		},
		"security": []any{map[string]any{"tesseraHmac": []string{}}},
	}
	return json.MarshalIndent(doc, "", "  ")
}

// pathRest names a trailing chi wildcard for OpenAPI ("/ui/*" → "/ui/{path}").
func pathRest(path string) string {
	if strings.HasSuffix(path, "/*") {
		return "{path}"
	}
	return ""
}

// errorRef refers to the error response of status, which the document
// then describes among its components.
func (g *schemas) errorRef(status int) map[string]any {
	g.errors[status] = true
	return map[string]any{"$ref": "#/components/responses/" + errorResponses[status].name}
}

// errorStatuses are the error statuses rt can answer: those of the
// middleware in front of every signed route, those that follow from its
// shape (path parameters, a body, a write), and the ones it names.
func errorStatuses(rt Route, path string) []int {
	out := []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusTooManyRequests}
	if len(pathParams(path)) > 0 {
		out = append(out, http.StatusNotFound)
	}
	if rt.Request != nil {
		out = append(out, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType)
	}
	if rt.IsWrite() {
		// 409 while the first request with the key runs, 422 when the
		// key comes back with another request.
		out = append(out, http.StatusConflict, http.StatusUnprocessableEntity)
	}
	for _, st := range rt.Errors {
		if !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}

func (s *Server) operation(g *schemas, rt Route, path string, ex *opExamples) map[string]any {
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
		ok["content"] = map[string]any{"application/json": map[string]any{"schema": g.of(reflect.TypeOf(rt.Response))}}
	}
	status := strconv.Itoa(rt.successStatus())
	if rt.WebSocket {
		status = "101"
		ok["description"] = "Switching Protocols: a WebSocket whose text messages are JSON, a hello first, then these"
	}
	responses := map[string]any{status: ok}
	for _, st := range errorStatuses(rt, path) {
		responses[strconv.Itoa(st)] = g.errorRef(st)
	}
	if ex == nil {
		ex = &opExamples{}
	}
	for st, body := range ex.responses {
		key := strconv.Itoa(st)
		switch {
		case st == rt.successStatus() && ok["content"] != nil:
			ok["content"].(map[string]any)["application/json"].(map[string]any)["examples"] = example(body)
		case responses[key] != nil && st >= 400:
			// The shared error response, with this operation's example.
			responses[key] = map[string]any{"description": errorResponses[st].description, "content": map[string]any{
				"application/json": map[string]any{"schema": g.of(reflect.TypeFor[api.ErrorBody]()), "examples": example(body)},
			}}
		}
	}
	responses["default"] = map[string]any{"description": "Any other error, in the error model", "content": map[string]any{
		"application/json": map[string]any{"schema": g.of(reflect.TypeFor[api.ErrorBody]())},
	}}
	op := map[string]any{
		"operationId": operationID(rt.Method, path),
		"summary":     rt.Summary,
		"tags":        []string{tagOf(rt.Pattern)},
		"responses":   responses,
	}
	switch {
	case !rt.IsWrite():
		op["x-idempotency"] = idemNone
	case rt.Idempotency == IdempotencyRequired:
		op["x-idempotency"] = idemRequired
	default:
		op["x-idempotency"] = idemOptional
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
		media := map[string]any{"schema": g.of(reflect.TypeOf(rt.Request))}
		if ex.request != nil {
			media["examples"] = example(ex.request)
		}
		op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": media}}
	}
	return op
}

// mountedRoutes are the routes internal/app mounts besides the built-in
// ones, with no services behind them: enough to describe them.
func mountedRoutes() []Route {
	var routes []Route
	routes = append(routes, IssuanceRoutes(nil)...)
	routes = append(routes, ComplianceRoutes(nil)...)
	routes = append(routes, OracleRoutes(nil)...)
	routes = append(routes, DealingRoutes(nil)...)
	routes = append(routes, AuditRoutes(AuditConfig{})...)
	return append(routes, (&Server{}).streamRoute())
}

// APIOperations are the operationIds of every /v1 route Tessera serves,
// built-in and mounted: what webtest's recorder records, and nothing a
// test mounts for itself.
func APIOperations() map[string]bool {
	out := map[string]bool{}
	for _, rt := range append((&Server{}).apiRoutes(), mountedRoutes()...) {
		out[OperationID(rt.Method, "/v1"+rt.Pattern)] = true
	}
	return out
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

// OperationID is the operationId the OpenAPI document gives the route
// method pattern (a chi pattern or an OpenAPI path).
func OperationID(method, pattern string) string { return operationID(method, openAPIPath(pattern)) }

func operationID(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, part := range strings.FieldsFunc(path, func(r rune) bool {
		return r == '/' || r == '{' || r == '}' || r == '.' || r == '_' || r == '*'
	}) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// Types the schemas name by what they carry rather than by their Go shape.
var (
	timeType    = reflect.TypeFor[time.Time]()
	addressType = reflect.TypeFor[common.Address]()
	hashType    = reflect.TypeFor[common.Hash]()
	rawType     = reflect.TypeFor[json.RawMessage]()
	wirePkg     = reflect.TypeFor[api.List[int]]().PkgPath()
)

// schemas reflects JSON Schemas (2020-12, as OpenAPI 3.1 uses) from Go
// types, following encoding/json's rules for field names, omitempty and
// omitzero. Named types of package api become components referred to by
// name; addresses and hashes are the hex strings they encode as.
// Field tags add what Go types cannot say: openapi:"address" (a string
// holding an address), enum:"a,b" (the values a string takes) and
// doc:"…" (the field's description).
type schemas struct {
	components map[string]any
	errors     map[int]bool // the error responses referred to
}

func newSchemas() *schemas {
	return &schemas{errors: map[int]bool{}, components: map[string]any{
		"Address": map[string]any{"type": "string", "pattern": "^0x[0-9a-fA-F]{40}$",
			"description": "an Ethereum address: 0x and 40 hex digits (sent in lower case)"},
		"Hash": map[string]any{"type": "string", "pattern": "^0x[0-9a-fA-F]{64}$",
			"description": "32 bytes: 0x and 64 hex digits"},
	}}
}

func ref(name string) map[string]any { return map[string]any{"$ref": "#/components/schemas/" + name} }

// of is the schema of values of t.
func (g *schemas) of(t reflect.Type) map[string]any {
	s, _ := g.nullable(t, false)
	return s
}

// nullable is the schema of t and whether a nil t encodes as null (a
// pointer, slice or map that omitempty does not leave out).
func (g *schemas) nullable(t reflect.Type, omitted bool) (map[string]any, bool) {
	null := false
	for t.Kind() == reflect.Pointer {
		t, null = t.Elem(), !omitted
	}
	switch {
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time"}, null
	case t == addressType:
		return ref("Address"), null
	case t == hashType:
		return ref("Hash"), null
	case t == rawType:
		return map[string]any{"description": "any JSON value"}, false
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}, null
	case reflect.Bool:
		return map[string]any{"type": "boolean"}, null
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}, null
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}, null
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return map[string]any{"type": "string", "contentEncoding": "base64"}, null
		}
		return map[string]any{"type": "array", "items": g.of(t.Elem())}, null
	case reflect.Array:
		return map[string]any{"type": "array", "items": g.of(t.Elem()), "minItems": t.Len(), "maxItems": t.Len()}, null
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": g.of(t.Elem())}, null
	case reflect.Interface:
		return map[string]any{}, false
	case reflect.Struct:
		name := t.Name()
		if t.PkgPath() != wirePkg || name == "" {
			return g.object(t), null
		}
		if strings.HasPrefix(name, "List[") {
			// One schema per item type: AssetList, KeyList…
			items := t.Field(0).Type.Elem()
			name = listName(items)
		}
		if _, ok := g.components[name]; !ok {
			g.components[name] = map[string]any{} // a recursive type refers to itself
			g.components[name] = g.object(t)
		}
		return ref(name), null
	}
	return map[string]any{}, false
}

func listName(items reflect.Type) string {
	if items.Name() != "" {
		return items.Name() + "List"
	}
	return "List"
}

func (g *schemas) object(t reflect.Type) map[string]any {
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
		omitted := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		s, null := g.nullable(f.Type, omitted)
		if f.Tag.Get("openapi") == "address" {
			s = ref("Address")
		}
		if e := f.Tag.Get("enum"); e != "" {
			s["enum"] = strings.Split(e, ",")
		}
		if null {
			s = map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
		}
		if d := f.Tag.Get("doc"); d != "" {
			s["description"] = d
		}
		props[name] = s
		if !omitted {
			required = append(required, name)
		}
	}
	sort.Strings(required)
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if required != nil {
		s["required"] = required
	}
	return s
}
