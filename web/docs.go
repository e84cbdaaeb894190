package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html/template"
	"net/http"
	"sort"
	"strings"
)

//go:embed docs.html
var docsHTML string

var docsTemplate = template.Must(template.New("docs").Parse(docsHTML))

type docsOperation struct {
	Method, Path, Summary, Scopes, Idempotency string
	Params, Request, Response                  string
}

// docsPage renders the OpenAPI description as one self-contained page: no
// script, no stylesheet or font from elsewhere.
func (s *Server) docsPage(w http.ResponseWriter, r *http.Request) {
	var spec struct {
		Info  struct{ Title, Description string }
		Paths map[string]map[string]struct {
			Summary     string
			Scopes      []string `json:"x-scopes"`
			Parameters  []map[string]any
			RequestBody struct {
				Content map[string]struct{ Schema any }
			} `json:"requestBody"`
			Responses map[string]struct {
				Content map[string]struct{ Schema any }
			}
		}
	}
	if err := json.Unmarshal(s.spec, &spec); err != nil {
		Error(w, r, err)
		return
	}
	var ops []docsOperation
	for path, methods := range spec.Paths {
		for method, op := range methods {
			d := docsOperation{Method: strings.ToUpper(method), Path: path, Summary: op.Summary}
			switch {
			case !strings.HasPrefix(path, "/v1/") || path == "/v1/openapi.json":
				d.Scopes = "none (unauthenticated)"
			case len(op.Scopes) == 0:
				d.Scopes = "any key"
			default:
				d.Scopes = strings.Join(op.Scopes, ", ")
			}
			var params []string
			for _, p := range op.Parameters {
				name, _ := p["name"].(string)
				in, _ := p["in"].(string)
				if req, _ := p["required"].(bool); req {
					name += " (required)"
				}
				params = append(params, in+": "+name)
			}
			d.Params = strings.Join(params, "; ")
			if c, ok := op.RequestBody.Content["application/json"]; ok {
				d.Request = pretty(c.Schema)
			}
			for status, resp := range op.Responses {
				if c, ok := resp.Content["application/json"]; ok && status != "default" {
					d.Response = status + " " + pretty(c.Schema)
				}
			}
			ops = append(ops, d)
		}
	}
	sort.Slice(ops, func(i, j int) bool {
		if ops[i].Path != ops[j].Path {
			return ops[i].Path < ops[j].Path
		}
		return ops[i].Method < ops[j].Method
	})
	var buf bytes.Buffer
	if err := docsTemplate.Execute(&buf, map[string]any{"Title": spec.Info.Title, "Description": spec.Info.Description, "Ops": ops}); err != nil {
		Error(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	_, _ = w.Write(buf.Bytes())
}

func pretty(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}
