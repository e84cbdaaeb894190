package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/api"
)

// The recordings under examples/ are real exchanges with the API, captured
// by webtest's recorder (webtest.RecordEnv) while the end-to-end tests of
// web, issuance, compliance, audit and dealing ran: <operationId>.<status>.json
// is a response, <operationId>.request.json a request body the server
// accepted. The server embeds them as the OpenAPI document's examples.
const recordedDir = "examples"

// describedServer mounts every /v1 route the API has (with no services:
// enough to describe them).
func describedServer(tb testing.TB) *Server {
	tb.Helper()
	return mustServer(tb, Config{Routes: mountedRoutes()})
}

type recording struct {
	file, op string
	status   int // 0: a request body
	route    Route
	body     []byte
}

func recordings(tb testing.TB, s *Server) []recording {
	tb.Helper()
	byOp := map[string]Route{}
	for _, rt := range s.routes {
		byOp[operationID(rt.Method, "/v1"+openAPIPath(rt.Pattern))] = rt
	}
	files, err := filepath.Glob(filepath.Join(recordedDir, "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []recording
	for _, f := range files {
		parts := strings.Split(filepath.Base(f), ".")
		status, err := strconv.Atoi(parts[1])
		if parts[1] == "request" {
			status, err = 0, nil
		}
		rt, ok := byOp[parts[0]]
		if len(parts) != 3 || err != nil || !ok {
			tb.Errorf("%s: not <operationId>.<status|request>.json of a route", f)
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, recording{file: f, op: parts[0], status: status, route: rt, body: body})
	}
	return out
}

// Every recorded response decodes, field for field, into the wire type its
// route declares (the one the Go client decodes it into and the OpenAPI
// document describes), with nothing left over and nothing lost, and its
// status is one the document lists for the operation; every recorded
// request body does the same with the route's request type.
func TestRecordedResponsesAreTheWireTypes(t *testing.T) {
	t.Parallel()
	s := describedServer(t)
	recs := recordings(t, s)
	ops, requests := map[string]bool{}, map[string]bool{}
	for _, rec := range recs {
		if rec.status == 0 {
			requests[rec.op] = true
		}
		typ := reflect.TypeOf(rec.route.Response)
		switch {
		case rec.status == 0:
			typ = reflect.TypeOf(rec.route.Request)
			if typ == nil {
				t.Errorf("%s: %s takes no body", rec.file, rec.op)
				continue
			}
		case rec.status >= 400:
			ops[rec.op] = true
			typ = reflect.TypeFor[api.ErrorBody]()
		case rec.status != rec.route.successStatus() || typ == nil:
			t.Errorf("%s: %d is not the operation's success status %d", rec.file, rec.status, rec.route.successStatus())
			continue
		default:
			ops[rec.op] = true
		}
		if rec.status >= 400 && !slices.Contains(errorStatuses(rec.route, "/v1"+openAPIPath(rec.route.Pattern)), rec.status) {
			t.Errorf("%s: the description of %s does not list %d", rec.file, rec.op, rec.status)
		}
		v := reflect.New(typ)
		dec := json.NewDecoder(bytes.NewReader(rec.body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v.Interface()); err != nil {
			t.Errorf("%s: %v cannot hold what was sent: %v", rec.file, typ, err)
			continue
		}
		again, err := json.Marshal(v.Elem().Interface())
		if err != nil {
			t.Fatal(err)
		}
		var sent, kept any
		_ = json.Unmarshal(rec.body, &sent)
		_ = json.Unmarshal(again, &kept)
		if !reflect.DeepEqual(sent, kept) {
			t.Errorf("%s: %v loses part of what was sent:\nsent %s\nkept %s", rec.file, typ, rec.body, again)
		}
	}
	if len(ops) < 40 {
		t.Errorf("only %d operations have recorded responses; record them again (see webtest.RecordEnv)", len(ops))
	}
	if len(requests) < 30 {
		t.Errorf("only %d operations have recorded request bodies; record them again (see webtest.RecordEnv)", len(requests))
	}
	var missing, missingRequests []string
	for _, rt := range s.routes {
		op := operationID(rt.Method, "/v1"+openAPIPath(rt.Pattern))
		if rt.Response != nil && !ops[op] {
			missing = append(missing, op)
		}
		if rt.Request != nil && !requests[op] {
			missingRequests = append(missingRequests, op)
		}
	}
	sort.Strings(missing)
	sort.Strings(missingRequests)
	t.Logf("%d operations with recorded responses; none yet for %s", len(ops), strings.Join(missing, ", "))
	t.Logf("%d operations with recorded request bodies; none yet for %s", len(requests), strings.Join(missingRequests, ", "))
}

// openAPITools returns the path of the pinned npm tools (web/openapi,
// installed by `make toolchain`), failing the test when they are missing.
func openAPITools(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs("openapi/node_modules/.bin")
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range []string{"redocly", "openapi-typescript", "tsc"} {
		if _, err := os.Stat(filepath.Join(bin, tool)); err != nil {
			t.Fatalf("%s is missing from web/openapi/node_modules: run `make toolchain` (npm ci in web/openapi, Node.js 20.19 or newer) to install the OpenAPI checkers", tool)
		}
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is missing: the OpenAPI checkers need Node.js (apt-get install nodejs npm)")
	}
	return bin
}

func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "REDOCLY_TELEMETRY=off", "REDOCLY_SUPPRESS_UPDATE_NOTICE=true", "NO_COLOR=1")
	out, err := cmd.CombinedOutput()
	if testing.Verbose() {
		t.Logf("%s %s:\n%s", filepath.Base(name), strings.Join(args, " "), out)
	}
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
}

// The OpenAPI document passes redocly's lint, and a TypeScript client
// generated from it with openapi-typescript type-checks against the
// recordings: each is assigned, as an object literal (so a field the
// document lacks is an error), to the type of its operation's response for
// its status, or of its request body.
func TestOpenAPIToolsAcceptTheDocument(t *testing.T) {
	t.Parallel()
	bin := openAPITools(t)
	s := describedServer(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "openapi.json"), s.spec, 0o644); err != nil {
		t.Fatal(err)
	}
	config, err := filepath.Abs("openapi/redocly.yaml")
	if err != nil {
		t.Fatal(err)
	}
	run(t, dir, filepath.Join(bin, "redocly"), "lint", "--config", config, "--format", "stylish", "openapi.json")
	run(t, dir, filepath.Join(bin, "openapi-typescript"), "openapi.json", "--output", "api.d.ts")

	var ts strings.Builder
	ts.WriteString(`import type { paths } from "./api";

type JSONBody<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Body<P extends keyof paths, M extends keyof paths[P], S extends number> =
  paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JSONBody<R[S]> : never) : never;
type Request<P extends keyof paths, M extends keyof paths[P]> =
  paths[P][M] extends { requestBody: infer R } ? JSONBody<R> : never;

`)
	recs := recordings(t, s)
	for i, rec := range recs {
		path, method := "/v1"+openAPIPath(rec.route.Pattern), strings.ToLower(rec.route.Method)
		if rec.status == 0 {
			fmt.Fprintf(&ts, "// %s\nexport const r%d: Request<%q, %q> = %s;\n\n", filepath.Base(rec.file), i, path, method, bytes.TrimSpace(rec.body))
			continue
		}
		fmt.Fprintf(&ts, "// %s\nexport const r%d: Body<%q, %q, %d> = %s;\n\n", filepath.Base(rec.file), i, path, method, rec.status, bytes.TrimSpace(rec.body))
	}
	files := map[string]string{
		"recorded.ts": ts.String(),
		"tsconfig.json": `{"compilerOptions": {"strict": true, "noEmit": true, "target": "es2022", "module": "es2022",
			"moduleResolution": "bundler", "exactOptionalPropertyTypes": true, "skipLibCheck": true}, "files": ["recorded.ts"]}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run(t, dir, filepath.Join(bin, "tsc"), "--project", "tsconfig.json", "--pretty", "false")
	if len(recs) == 0 {
		t.Fatal("no recorded responses to check the TypeScript client against")
	}
}
