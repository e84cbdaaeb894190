package web

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// examplesFS holds real exchanges with the API, recorded by webtest's
// recorder (webtest.RecordEnv) while the end-to-end tests ran:
// <operationId>.<status>.json is a response body the server sent with that
// status, <operationId>.request.json a body the tests sent that the server
// accepted. The recorder blanks a new key's secret and records no header,
// so no signature or session is among them (TestExamplesHoldNoSecret). They
// are embedded so the OpenAPI document, and the /docs page it renders, show
// them as examples.
//
//go:embed examples/*.json
var examplesFS embed.FS

// opExamples are the recorded bodies of one operation.
type opExamples struct {
	request   json.RawMessage
	responses map[int]json.RawMessage
}

// recordedExamples reads the embedded examples, by operationId. A file
// whose name is not <operationId>.request.json or
// <operationId>.<status>.json, or that is not JSON, is an error.
func recordedExamples() (map[string]*opExamples, error) {
	out := map[string]*opExamples{}
	err := fs.WalkDir(examplesFS, "examples", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(path, "examples/")
		parts := strings.Split(name, ".")
		if len(parts) != 3 || parts[2] != "json" || parts[0] == "" {
			return fmt.Errorf("web: example %s is not <operationId>.<status|request>.json", name)
		}
		body, err := examplesFS.ReadFile(path)
		if err != nil {
			return err
		}
		if !json.Valid(body) {
			return fmt.Errorf("web: example %s is not JSON", name)
		}
		ex := out[parts[0]]
		if ex == nil {
			ex = &opExamples{responses: map[int]json.RawMessage{}}
			out[parts[0]] = ex
		}
		if parts[1] == "request" {
			ex.request = body
			return nil
		}
		status, err := strconv.Atoi(parts[1])
		if err != nil || status < 100 || status > 599 {
			return fmt.Errorf("web: example %s: %q is neither a status nor request", name, parts[1])
		}
		ex.responses[status] = body
		return nil
	})
	return out, err
}

// example is the OpenAPI examples map holding one recorded body.
func example(body json.RawMessage) map[string]any {
	return map[string]any{"recorded": map[string]any{
		"summary": "Recorded from the end-to-end tests",
		"value":   body,
	}}
}
