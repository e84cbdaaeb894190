package web

import (
	"encoding/json"
	"strings"
	"testing"
)

// The issuance route table passes the route checks and every route is in
// the OpenAPI description with its scopes.
func TestIssuanceRoutesAreDescribed(t *testing.T) {
	t.Parallel()
	routes := IssuanceRoutes(nil)
	s := mustServer(t, Config{Routes: routes})
	var spec struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(s.spec, &spec); err != nil {
		t.Fatal(err)
	}
	for _, rt := range routes {
		p := "/v1" + openAPIPath(rt.Pattern)
		if _, ok := spec.Paths[p][strings.ToLower(rt.Method)]; !ok {
			t.Errorf("%s %s is not described (paths: %d)", rt.Method, p, len(spec.Paths))
		}
		if rt.Action == "" {
			t.Errorf("%s %s is open to every key", rt.Method, rt.Pattern)
		}
		if rt.IsWrite() && rt.Idempotency != IdempotencyRequired {
			t.Errorf("%s %s does not require an Idempotency-Key", rt.Method, rt.Pattern)
		}
	}
}
