package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/postgres"
)

// auditCommands are the `tessera audit` subcommands.
var auditCommands = map[string]func(ctx context.Context, args []string, stdout io.Writer) error{
	"verify-log": runAuditVerifyLog,
	"verify": func(ctx context.Context, args []string, stdout io.Writer) error {
		return runAuditVerify(ctx, args, stdout, os.Stderr)
	},
	"verify-report": func(_ context.Context, args []string, stdout io.Writer) error {
		return runAuditVerifyReport(args, stdout)
	},
	"export": runAuditExport,
}

// runAudit dispatches `tessera audit <sub>`.
func runAudit(ctx context.Context, args []string, stdout io.Writer) error {
	const usage = "audit: say `tessera audit verify`, `verify-report report.json`, `export` or `verify-log` (run `tessera audit <sub> -h` for flags)"
	if len(args) == 0 {
		return errors.New(usage)
	}
	sub, ok := auditCommands[args[0]]
	if !ok {
		return errors.New(usage)
	}
	return sub(ctx, args[1:], stdout)
}

// errLogBroken is returned when the compliance log's hash chain is broken,
// so the command exits non-zero.
var errLogBroken = errors.New("the compliance log's hash chain is broken")

// runAuditVerifyLog implements `tessera audit verify-log`: it walks the
// compliance log in DATABASE_URL from the first entry, recomputing every
// hash, and names the first entry that was edited, deleted or reordered.
func runAuditVerifyLog(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("audit verify-log", stdout)
	timeout := fs.Duration("timeout", 10*time.Minute, "give up after this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		return errors.New("audit verify-log: DATABASE_URL is not set (for example postgres://user@127.0.0.1:5432/tessera)")
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return fmt.Errorf("audit verify-log: %w", err)
	}
	defer pool.Close()
	v, err := compliance.VerifyLog(ctx, &postgres.ComplianceStore{Pool: pool})
	if err != nil {
		return fmt.Errorf("audit verify-log: %w", err)
	}
	if !v.OK {
		fmt.Fprintf(stdout, "BROKEN at entry %d: %s\n%d entries before it are intact\n", v.FirstBad, v.Problem, v.Entries)
		return fmt.Errorf("audit verify-log: %w at entry %d", errLogBroken, v.FirstBad)
	}
	fmt.Fprintf(stdout, "OK: %d entries, hash chain intact\n", v.Entries)
	if v.Head != "" {
		fmt.Fprintf(stdout, "head: %s\n", v.Head)
	}
	return nil
}
