package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// The compliance command drives the platform's API with a signed key:
// onboarding steps that need no chain write, a refused KYC approval, and
// the log, whose chain `tessera audit verify-log` then checks in the
// database.
func TestComplianceCommand(t *testing.T) {
	ctx := context.Background()
	p := apptest.Start(t, apptest.Options{})
	id, secret := p.Server.NewKey(t, "officer", apikey.Compliance)
	t.Setenv("TESSERA_URL", p.Server.URL())
	t.Setenv("TESSERA_KEY_ID", id)
	t.Setenv("TESSERA_SECRET", secret)
	t.Setenv("DATABASE_URL", p.Config.Database.URL)
	tessera := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, args, &out)
		return out.String(), err
	}

	out, err := tessera("compliance", "investor-create", "--name", "Alice Example", "--country", "DE", "--flags", "accredited")
	if err != nil {
		t.Fatal(err)
	}
	var inv struct {
		ID    string   `json:"id"`
		Flags []string `json:"flags"`
		KYC   struct {
			Status string `json:"status"`
		} `json:"kyc"`
	}
	if err := json.Unmarshal([]byte(out), &inv); err != nil || inv.ID == "" || strings.Join(inv.Flags, ",") != "accredited" {
		t.Fatalf("create printed %s (%v)", out, err)
	}
	if _, err := tessera("compliance", "kyc", "--id", inv.ID, "--status", "approved", "--expires", "2020-01-01T00:00:00Z"); err == nil ||
		!strings.Contains(err.Error(), "kyc_expiry_past") {
		t.Fatalf("past expiry: %v", err)
	}
	if _, err := tessera("compliance", "kyc", "--id", inv.ID, "--status", "approved", "--expires", "8760h", "--provider", "acme"); err != nil {
		t.Fatal(err)
	}
	out, err = tessera("compliance", "investor-show", "--id", inv.ID)
	if err != nil || json.Unmarshal([]byte(out), &inv) != nil || inv.KYC.Status != "approved" {
		t.Fatalf("show: %v\n%s", err, out)
	}
	out, err = tessera("compliance", "log")
	var entries []struct {
		Action string `json:"action"`
	}
	if err != nil || json.Unmarshal([]byte(out), &entries) != nil || len(entries) != 2 || entries[1].Action != "kyc.approved" {
		t.Fatalf("log: %v\n%s", err, out)
	}
	if out, err := tessera("audit", "verify-log"); err != nil || !strings.Contains(out, "OK: 2 entries") {
		t.Fatalf("verify-log: %v\n%s", err, out)
	}
	if _, err := tessera("compliance", "frobnicate"); err == nil {
		t.Fatal("unknown subcommand accepted")
	}
}
