package web

import (
	"encoding/json"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/auth"
)

// specDoc is the part of the OpenAPI document these tests read.
type specDoc struct {
	Tags []struct {
		Name        string `json:"name"`
		Description string `json:"description"`
	} `json:"tags"`
	Paths map[string]map[string]specOperation `json:"paths"`
}

// Every operation of the document names its group (one of the tags the
// document describes, in the page's order), the scopes its action admits,
// whether its Idempotency-Key is required, optional or not read, and
// carries every recording of it as its examples: the document is the
// source the docs page and generated clients read all of this from.
func TestOpenAPIOperationsCarryGroupsScopesIdempotencyAndExamples(t *testing.T) {
	t.Parallel()
	s := describedServer(t)
	var doc specDoc
	if err := json.Unmarshal(s.spec, &doc); err != nil {
		t.Fatal(err)
	}
	var tags, known []string
	for _, tag := range doc.Tags {
		tags = append(tags, tag.Name)
		if tag.Description == "" || strings.HasPrefix(tag.Description, "Routes under") {
			t.Errorf("group %q has no description of its own: add it to apiTags", tag.Name)
		}
	}
	for _, tag := range apiTags {
		known = append(known, tag.name)
	}
	if !slices.Equal(tags, known) {
		t.Errorf("document groups %v, want every group of apiTags in its order %v", tags, known)
	}
	examples, err := recordedExamples()
	if err != nil {
		t.Fatal(err)
	}
	byOp := map[string]Route{}
	for _, rt := range s.routes {
		byOp[operationID(rt.Method, "/v1"+openAPIPath(rt.Pattern))] = rt
	}
	shown := 0
	for path, methods := range doc.Paths {
		for method, op := range methods {
			name := strings.ToUpper(method) + " " + path
			if len(op.Tags) != 1 || !slices.Contains(tags, op.Tags[0]) {
				t.Errorf("%s: tags %v, want one of the document's groups", name, op.Tags)
			}
			var header *bool
			for _, p := range op.Parameters {
				if p.In == "header" && p.Name == "Idempotency-Key" {
					header = &p.Required
				}
			}
			rt, ok := byOp[op.OperationID]
			if !ok { // outside the route table: unauthenticated
				if op.Idempotency != idemNone || header != nil || op.Tags[0] != "operations" {
					t.Errorf("%s: x-idempotency %q, header %v, tags %v; want none, no header, operations", name, op.Idempotency, header, op.Tags)
				}
				continue
			}
			wantIdem := idemNone
			if rt.IsWrite() {
				wantIdem = map[Idempotency]string{IdempotencyRequired: idemRequired, IdempotencyOptional: idemOptional}[rt.Idempotency]
			}
			if op.Idempotency != wantIdem || (header == nil) != (wantIdem == idemNone) || (header != nil && *header != (wantIdem == idemRequired)) {
				t.Errorf("%s: x-idempotency %q (header required %v), want %q", name, op.Idempotency, header, wantIdem)
			}
			if op.Tags[0] != tagOf(rt.Pattern) {
				t.Errorf("%s: tag %v, want %s", name, op.Tags, tagOf(rt.Pattern))
			}
			wantScopes := []string{}
			for _, a := range []auth.Action{rt.Action, rt.Or} {
				if rule, ok := auth.RuleOf(a); ok {
					for _, sc := range rule.Scopes {
						if !slices.Contains(wantScopes, string(sc)) {
							wantScopes = append(wantScopes, string(sc))
						}
					}
				}
			}
			if !slices.Equal(op.Scopes, wantScopes) || (rt.Action != "" && len(op.Scopes) == 0) {
				t.Errorf("%s: x-scopes %v, want %v", name, op.Scopes, wantScopes)
			}

			ex := examples[op.OperationID]
			if ex == nil {
				continue
			}
			if ex.request != nil {
				shown++
				assertExample(t, name+" request", op.RequestBody.Content["application/json"], ex.request)
			}
			for status, body := range ex.responses {
				shown++
				assertExample(t, name+" "+strconv.Itoa(status), op.Responses[strconv.Itoa(status)].Content["application/json"], body)
			}
		}
	}
	files, _ := fs.Glob(examplesFS, "examples/*.json")
	if shown != len(files) || shown < 100 {
		t.Errorf("%d recordings are in the document as examples, of %d embedded", shown, len(files))
	}
}

func assertExample(t *testing.T, what string, media specMedia, recorded json.RawMessage) {
	t.Helper()
	ex, ok := media.Examples["recorded"]
	if !ok {
		t.Errorf("%s: recorded, but the document has no example", what)
		return
	}
	var got, want any
	if json.Unmarshal(ex.Value, &got) != nil || json.Unmarshal(recorded, &want) != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("%s: the document's example is not the recording:\n%s", what, ex.Value)
	}
}

// What the examples must never hold: the server shows them to anyone.
var (
	// An API key secret is tss_ and 43 base64url characters.
	apiSecret = regexp.MustCompile(`tss_[A-Za-z0-9_-]{16,}`)
	// A request signature or session, should a header ever be recorded.
	credential = regexp.MustCompile(`(?i)Signature=[0-9a-f]{16,}|Credential=tk_|tessera_session=|Set-Cookie|\bBearer [A-Za-z0-9._-]{8,}`)
	// Names that hold secrets; "secret" itself must hold the redaction.
	secretName = regexp.MustCompile(`(?i)^(password|passphrase|private_?key|mnemonic|seed|cookie|authorization|session|token_secret|api_?secret|master_?key)$`)
)

// No embedded example holds a secret: a new or rotated key's secret reads
// tss_redacted, nothing anywhere is shaped like a key secret, a request
// signature, a session or a private key.
func TestExamplesHoldNoSecret(t *testing.T) {
	t.Parallel()
	files, err := fs.Glob(examplesFS, "examples/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded examples: %v", err)
	}
	for _, f := range files {
		body, err := examplesFS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// In the bytes, so a secret inside a string that holds JSON (an
		// observation's raw payload) is found too.
		for _, m := range apiSecret.FindAllString(string(body), -1) {
			if m != "tss_redacted" {
				t.Errorf("%s holds an API key secret %.8s…", f, m)
			}
		}
		if m := credential.FindString(string(body)); m != "" {
			t.Errorf("%s holds a credential %.20q", f, m)
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		walkJSON(v, func(key string, val any) {
			switch {
			case key == "secret" && val != "tss_redacted":
				t.Errorf("%s: secret is %.8q…, not redacted", f, val)
			case secretName.MatchString(key):
				t.Errorf("%s: %q is a secret's name", f, key)
			}
		})
	}
	// The key routes' answers are recorded, so the checks above saw them.
	for _, f := range []string{"examples/postV1Keys.201.json", "examples/postV1KeysIdRotate.200.json"} {
		var k struct{ Secret string }
		body, err := examplesFS.ReadFile(f)
		if err != nil || json.Unmarshal(body, &k) != nil || k.Secret != "tss_redacted" {
			t.Errorf("%s: want an embedded example whose secret reads tss_redacted, got %.8q… (%v)", f, k.Secret, err)
		}
	}
}

func walkJSON(v any, visit func(key string, val any)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			visit(k, x)
			walkJSON(x, visit)
		}
	case []any:
		for _, x := range v {
			walkJSON(x, visit)
		}
	}
}
