package main

import (
	"encoding/json"
	"strings"
	"syscall"
	"testing"
)

// exportedSpan is the part of a span the stdout exporter writes (one JSON
// object per line) that a trace's shape needs.
type exportedSpan struct {
	Name        string
	SpanContext struct{ TraceID, SpanID string }
	Parent      struct{ TraceID, SpanID string }
	Attributes  []struct {
		Key   string
		Value struct{ Value any }
	}
}

func (s exportedSpan) attr(key string) any {
	for _, a := range s.Attributes {
		if a.Key == key {
			return a.Value.Value
		}
	}
	return nil
}

// TestServeApprovalIsOneTrace runs serve with the stdout span exporter and
// approves a mint request: the approval is one trace, the HTTP server span
// of the approve route, issuance.Approve under it and the transaction
// manager's submit of that mint under that.
func TestServeApprovalIsOneTrace(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	p, api := startServe(t, f.env("OTEL_TRACES_EXPORTER=stdout"))
	waitLog(t, p, "leading signer")
	req := f.mint(t, api, f.registerAsset(t, api), "7")
	// Stopping flushes the exporter.
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.wait(t); err != nil {
		t.Fatalf("serve did not stop cleanly: %v\n%s", err, p.stderr)
	}

	var spans []exportedSpan
	var names []string
	for _, line := range strings.Split(p.stdout.String(), "\n") {
		if !strings.HasPrefix(line, "{") {
			continue
		}
		var s exportedSpan
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatalf("span line is not JSON: %v\n%s", err, line)
		}
		spans = append(spans, s)
		names = append(names, s.Name)
	}
	var https, approves, submits []exportedSpan
	for _, s := range spans {
		switch {
		case s.Name == "POST /v1/requests/{id}/approve":
			https = append(https, s)
		case s.Name == "issuance.Approve":
			approves = append(approves, s)
		case s.Name == "txmgr.Submit" && s.attr("txmgr.idempotency_key") == req.TxKey:
			submits = append(submits, s)
		}
	}
	if len(https) != 1 || len(approves) != 1 || len(submits) != 1 {
		t.Fatalf("spans of the approval: %d HTTP, %d issuance.Approve, %d txmgr.Submit of %s; all spans: %v",
			len(https), len(approves), len(submits), req.TxKey, names)
	}
	http, approve, submit := https[0], approves[0], submits[0]
	if approve.Parent.SpanID != http.SpanContext.SpanID || submit.Parent.SpanID != approve.SpanContext.SpanID {
		t.Fatalf("spans are not nested HTTP -> issuance.Approve -> txmgr.Submit: %+v %+v %+v", http.SpanContext, approve.Parent, submit.Parent)
	}
	if http.SpanContext.TraceID == "" || http.SpanContext.TraceID != approve.SpanContext.TraceID || http.SpanContext.TraceID != submit.SpanContext.TraceID {
		t.Fatal("one approval spans several traces")
	}
}
