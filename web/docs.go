package web

import (
	"bytes"
	"crypto/rand"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"html/template"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

//go:embed docs.html
var docsHTML string

var docsTemplate = template.Must(template.New("docs").Parse(docsHTML))

// docsView is what the docs page shows, read from the OpenAPI document
// once: the document is the one source, the page only lays it out.
type docsView struct {
	Title, Description string
	Groups             []docsGroup
	Count              int // operations
}

// docsGroup is the operations of one tag, in the document's tag order.
type docsGroup struct {
	Tag, Description string
	Ops              []docsOperation
}

type docsOperation struct {
	ID, Method, Path, Summary string
	Scopes                    string // who may call it, in words
	Idempotency               string // x-idempotency: required, optional or none
	FourEyes                  bool
	Params                    []string
	Search                    string // what the search box matches, lower case
	RequestSchema, Request    string // the body's schema and a recorded body
	ResponseSchema            string // the success response's schema
	Examples                  []docsExample
}

type docsExample struct{ Status, Body string }

// specOperation is the part of an OpenAPI operation the page shows.
type specOperation struct {
	OperationID string            `json:"operationId"`
	Summary     string            `json:"summary"`
	Tags        []string          `json:"tags"`
	Security    *[]map[string]any `json:"security"` // nil: the document's; empty: none
	Scopes      []string          `json:"x-scopes"`
	FourEyes    bool              `json:"x-four-eyes"`
	Idempotency string            `json:"x-idempotency"`
	Parameters  []struct {
		Name, In string
		Required bool
	} `json:"parameters"`
	RequestBody struct {
		Content map[string]specMedia `json:"content"`
	} `json:"requestBody"`
	Responses map[string]struct {
		Content map[string]specMedia `json:"content"`
	} `json:"responses"`
}

type specMedia struct {
	Schema   any `json:"schema"`
	Examples map[string]struct {
		Value json.RawMessage `json:"value"`
	} `json:"examples"`
}

// newDocsView lays out the OpenAPI document spec for the page.
func newDocsView(spec []byte) (*docsView, error) {
	var doc struct {
		Info  struct{ Title, Description string }
		Tags  []struct{ Name, Description string }
		Paths map[string]map[string]specOperation
	}
	if err := json.Unmarshal(spec, &doc); err != nil {
		return nil, err
	}
	v := &docsView{Title: doc.Info.Title, Description: doc.Info.Description}
	byTag := map[string]int{}
	for _, t := range doc.Tags {
		byTag[t.Name] = len(v.Groups)
		v.Groups = append(v.Groups, docsGroup{Tag: t.Name, Description: t.Description})
	}
	for path, methods := range doc.Paths {
		for method, op := range methods {
			d := docsOp(path, method, op)
			tag := "other"
			if len(op.Tags) > 0 {
				tag = op.Tags[0]
			}
			i, ok := byTag[tag]
			if !ok {
				i, byTag[tag] = len(v.Groups), len(v.Groups)
				v.Groups = append(v.Groups, docsGroup{Tag: tag})
			}
			d.Search = strings.ToLower(strings.Join([]string{d.Method, d.Path, d.Summary, d.Scopes, tag, d.ID}, " "))
			v.Groups[i].Ops = append(v.Groups[i].Ops, d)
			v.Count++
		}
	}
	for _, g := range v.Groups {
		sort.Slice(g.Ops, func(i, j int) bool {
			if g.Ops[i].Path != g.Ops[j].Path {
				return g.Ops[i].Path < g.Ops[j].Path
			}
			return methodOrder(g.Ops[i].Method) < methodOrder(g.Ops[j].Method)
		})
	}
	return v, nil
}

func methodOrder(m string) int {
	return strings.Index("GET POST PUT PATCH DELETE", m)
}

func docsOp(path, method string, op specOperation) docsOperation {
	d := docsOperation{ID: op.OperationID, Method: strings.ToUpper(method), Path: path, Summary: op.Summary,
		Idempotency: op.Idempotency, FourEyes: op.FourEyes}
	switch {
	case op.Security != nil && len(*op.Security) == 0:
		d.Scopes = "none (unauthenticated)"
	case len(op.Scopes) == 0:
		d.Scopes = "any valid key"
	default:
		d.Scopes = strings.Join(op.Scopes, ", ")
	}
	for _, p := range op.Parameters {
		if p.In == "header" && p.Name == "Idempotency-Key" {
			continue // shown on its own
		}
		s := p.In + " " + p.Name
		if p.Required {
			s += " (required)"
		}
		d.Params = append(d.Params, s)
	}
	if c, ok := op.RequestBody.Content["application/json"]; ok {
		d.RequestSchema = pretty(c.Schema)
		if ex, ok := c.Examples["recorded"]; ok {
			d.Request = indent(ex.Value)
		}
	}
	var statuses []string
	for status := range op.Responses {
		statuses = append(statuses, status)
	}
	sort.Strings(statuses) // "default" sorts after the numbers
	for _, status := range statuses {
		c, ok := op.Responses[status].Content["application/json"]
		if !ok || status == "default" {
			continue
		}
		if n, _ := strconv.Atoi(status); n < 300 && d.ResponseSchema == "" {
			d.ResponseSchema = status + " " + pretty(c.Schema)
		}
		if ex, ok := c.Examples["recorded"]; ok {
			d.Examples = append(d.Examples, docsExample{Status: status, Body: indent(ex.Value)})
		}
	}
	return d
}

// docsPage renders the OpenAPI description as one self-contained page: its
// only script and style are inline, admitted by a fresh nonce; nothing is
// loaded from elsewhere, so it works offline.
func (s *Server) docsPage(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	nonce := base64.RawURLEncoding.EncodeToString(b)
	var buf bytes.Buffer
	if err := docsTemplate.Execute(&buf, map[string]any{"Doc": s.docs, "Nonce": nonce}); err != nil {
		Error(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'nonce-"+nonce+"'; script-src 'nonce-"+nonce+"'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	_, _ = w.Write(buf.Bytes())
}

func pretty(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

func indent(raw json.RawMessage) string {
	var buf bytes.Buffer
	if json.Indent(&buf, raw, "", "  ") != nil {
		return string(raw)
	}
	return buf.String()
}
