package issuance_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/observe"
)

// TestApprovalIsOneTrace approves a mint request through the API and finds
// one trace: the HTTP server span, issuance.Approve under it, and the
// transaction manager's submit under that. Not parallel: it installs the
// process's tracer provider.
func TestApprovalIsOneTrace(t *testing.T) {
	ctx := context.Background()
	exp := tracetest.NewInMemoryExporter()
	shutdown, err := observe.SetupTracing(ctx, observe.TracingConfig{SpanExporter: exp, SampleRatio: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = shutdown(context.Background()) }()
	e := newEnv(t)
	a := onboard(t, e, fund(), prospectus, "prospectus")
	r, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "1"})
	if err != nil {
		t.Fatal(err)
	}
	exp.Reset()
	if _, err := e.approver.ApproveRequest(ctx, r.ID, "checked"); err != nil {
		t.Fatal(err)
	}
	// The server ends its span after the response is written: wait for it.
	var httpSpan, approve, submit tracetest.SpanStub
	for deadline := time.Now().Add(10 * time.Second); ; {
		var ok1, ok2, ok3 bool
		for _, s := range exp.GetSpans() {
			switch {
			case strings.HasPrefix(s.Name, "POST ") && strings.Contains(s.Name, "approve"):
				httpSpan, ok1 = s, true
			case s.Name == "issuance.Approve":
				approve, ok2 = s, true
			case s.Name == "txmgr.Submit":
				submit, ok3 = s, true
			}
		}
		if ok1 && ok2 && ok3 {
			break
		}
		if time.Now().After(deadline) {
			var names []string
			for _, s := range exp.GetSpans() {
				names = append(names, s.Name)
			}
			t.Fatalf("spans of the approval: %v", names)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if approve.Parent.SpanID() != httpSpan.SpanContext.SpanID() || submit.Parent.SpanID() != approve.SpanContext.SpanID() {
		t.Fatalf("spans are not nested HTTP -> issuance.Approve -> txmgr.Submit")
	}
	if httpSpan.SpanContext.TraceID() != submit.SpanContext.TraceID() {
		t.Fatal("one approval spans several traces")
	}
}
