package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// verify-log passes on an intact log and names the first edited entry.
func TestAuditVerifyLog(t *testing.T) {
	url := pgtest.NewURL(t)
	t.Setenv("DATABASE_URL", url)
	ctx := context.Background()
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	store := &postgres.ComplianceStore{Pool: pool}
	for i := range 3 {
		if _, err := store.AppendLog(ctx, compliance.LogDraft{Actor: "key:tk_test", Action: "rules.set", Subject: "0xabc",
			Data: map[string]int{"max_investors": 10 + i}}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"audit", "verify-log"}, &out); err != nil || !strings.Contains(out.String(), "OK: 3 entries") {
		t.Fatalf("intact log: %v\n%s", err, out.String())
	}
	if _, err := pool.Exec(ctx, `UPDATE compliance_log SET data = '{"max_investors":1000}' WHERE seq = 2`); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err = run(ctx, []string{"audit", "verify-log"}, &out)
	if !errors.Is(err, errLogBroken) || !strings.Contains(out.String(), "BROKEN at entry 2") {
		t.Fatalf("edited log: %v\n%s", err, out.String())
	}
	if err := run(ctx, []string{"audit", "frobnicate"}, &out); err == nil {
		t.Fatal("unknown audit subcommand accepted")
	}
}
