package main

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestOneRequestOneTrace checks that a mint request produces one trace:
// the HTTP server span, the issuance span under it and the transaction
// manager's submit span under that.
func TestOneRequestOneTrace(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	shutdown, err := observe.SetupTracing(context.Background(), observe.TracingConfig{SpanExporter: exp, SampleRatio: 1})
	if err != nil {
		t.Fatal(err)
	}
	a := chaintest.NewAnvil(t, chain.AnvilConfig{Accounts: 1})
	pool := pgtest.NewDB(t)
	txm, err := txmgr.New(txmgrtest.Config(t, txmgr.NewClient(chaintest.Dial(t, a.URL)), pool, a.Keys[0], a.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	srv := webtest.Start(t, web.Config{Pool: pool, Routes: loadRoutes(txm)})
	c := srv.NewClient(t, apikey.Issuer)
	body := loadMint{Token: common.HexToAddress("0x1").Hex(), To: crypto.PubkeyToAddress(a.Keys[0].PublicKey).Hex(),
		Amount: "7", RequestID: common.HexToHash("0xabc").Hex()}
	if err := c.Do(context.Background(), "POST", "/v1/ops/mints", body, nil); err != nil {
		t.Fatal(err)
	}
	spans := exp.GetSpans()
	if err := shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	byName := map[string]tracetest.SpanStub{}
	for _, s := range spans {
		byName[s.Name] = s
	}
	http, ok1 := byName["POST /v1/ops/mints"]
	mint, ok2 := byName["issuance.Mint"]
	submit, ok3 := byName["txmgr.Submit"]
	if !ok1 || !ok2 || !ok3 {
		t.Fatalf("spans = %v", spanNames(spans))
	}
	if mint.Parent.SpanID() != http.SpanContext.SpanID() || submit.Parent.SpanID() != mint.SpanContext.SpanID() {
		t.Fatalf("spans are not nested HTTP -> issuance -> txmgr: %+v %+v %+v", http.SpanContext, mint.Parent, submit.Parent)
	}
	if http.SpanContext.TraceID() != submit.SpanContext.TraceID() {
		t.Fatal("spans of one request are in different traces")
	}
}

func spanNames(spans tracetest.SpanStubs) []string {
	var names []string
	for _, s := range spans {
		names = append(names, s.Name)
	}
	return names
}
