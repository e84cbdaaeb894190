package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/chain/node"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/postgres"
)

func openAuditDB(ctx context.Context) (*pgxpool.Pool, error) {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		return nil, errors.New("DATABASE_URL is not set: the audit compares the chain with Tessera's records")
	}
	return postgres.Open(ctx, url)
}

func defaultRPC() string {
	if u := os.Getenv("RPC_URL"); u != "" {
		return u
	}
	return "http://127.0.0.1:8545"
}

// auditorKey reads the auditor's signing key from --key-file (a keystore,
// decrypted with the password in --password-file, or a hex key) or from
// TESSERA_AUDITOR_KEY (hex). Nil when none is given.
func auditorKey(keyFile, passwordFile string) (*ecdsaKey, error) {
	var data []byte
	switch {
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		data = b
	case os.Getenv("TESSERA_AUDITOR_KEY") != "":
		data = []byte(os.Getenv("TESSERA_AUDITOR_KEY"))
	default:
		return nil, nil
	}
	password := ""
	if passwordFile != "" {
		b, err := os.ReadFile(passwordFile)
		if err != nil {
			return nil, fmt.Errorf("read password file: %w", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	k, err := audit.LoadKey(data, password)
	if err != nil {
		return nil, fmt.Errorf("auditor key: %w", err)
	}
	return &ecdsaKey{k}, nil
}

func runAuditVerify(ctx context.Context, args []string, stdout, progress io.Writer) error {
	fs := newFlagSet("audit verify", stdout)
	asset := fs.String("asset", "", "asset symbol, e.g. TTF (required unless --contracts)")
	onlyContracts := fs.Bool("contracts", false, "audit the recorded contracts alone (their code and upgrades), for no asset")
	rpcURL := fs.String("rpc", defaultRPC(), "JSON-RPC endpoint of any node of the chain (archive state needed for old blocks; default $RPC_URL)")
	blockFlag := fs.String("block", "finalized", "block to audit: a number, finalized or latest")
	out := fs.String("out", "", "write the signed JSON report to this file")
	htmlOut := fs.String("html", "", "write the printable HTML report to this file")
	keyFile := fs.String("key-file", "", "auditor's signing key: keystore JSON or hex (or $TESSERA_AUDITOR_KEY)")
	passwordFile := fs.String("password-file", "", "password of the keystore in --key-file")
	checkpoints := fs.String("checkpoints", filepath.Join(".tessera", "audit"), "directory of resumable scan checkpoints (empty: none)")
	heartbeat := fs.Duration("heartbeat", 24*time.Hour, "longest expected gap between valuation rounds; longer gaps are listed")
	chunk := fs.Uint64("chunk", 2000, "blocks per eth_getLogs request")
	artifacts := fs.String("artifacts", "", "the release whose code the chain should run: a directory of its contracts/out artifacts (default: this binary's)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var build *contracts.Build
	if *artifacts != "" {
		var err error
		if build, err = contracts.Release(*artifacts); err != nil {
			return fmt.Errorf("audit verify: --artifacts: %w", err)
		}
	}
	if (*asset == "") == !*onlyContracts {
		return errors.New("audit verify: give --asset, or --contracts to audit the contracts alone")
	}
	at, err := audit.ParseBlockSpec(*blockFlag)
	if err != nil {
		return fmt.Errorf("audit verify: %w", err)
	}
	key, err := auditorKey(*keyFile, *passwordFile)
	if err != nil {
		return fmt.Errorf("audit verify: %w", err)
	}
	if *out != "" && key == nil {
		return errors.New("audit verify: --out writes a signed report: give --key-file or TESSERA_AUDITOR_KEY")
	}
	pool, err := openAuditDB(ctx)
	if err != nil {
		return fmt.Errorf("audit verify: %w", err)
	}
	defer pool.Close()
	client, err := node.Dial(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("audit verify: dial %s: %w", *rpcURL, err)
	}
	defer client.Close()
	v := postgres.NewAuditVerifier(client, pool)
	v.Heartbeat, v.ChunkBlocks, v.Progress, v.Build = *heartbeat, *chunk, progressPrinter(progress), build
	if *checkpoints != "" {
		v.Checkpoints = audit.DirCheckpoints(*checkpoints)
	}
	var report *audit.Report
	if *onlyContracts {
		report, err = v.VerifyContracts(ctx, at)
	} else {
		report, err = v.Verify(ctx, *asset, at)
	}
	if err != nil {
		return fmt.Errorf("audit verify: %w", err)
	}
	printReport(stdout, report)
	var signer, hash string
	if key != nil {
		signed, err := audit.Sign(report, key.k)
		if err != nil {
			return fmt.Errorf("audit verify: sign: %w", err)
		}
		ok, err := audit.VerifySigned(signed)
		if err != nil {
			return fmt.Errorf("audit verify: %w", err)
		}
		signer, hash = ok.Signer.Hex(), ok.ContentHash.Hex()
		if *out != "" {
			if err := os.WriteFile(*out, signed, 0o644); err != nil {
				return fmt.Errorf("audit verify: %w", err)
			}
			fmt.Fprintf(stdout, "\nsigned report written to %s by %s (content hash %s)\n", *out, signer, hash)
		}
	}
	if *htmlOut != "" {
		if err := writeHTMLFile(*htmlOut, report, signer, hash); err != nil {
			return fmt.Errorf("audit verify: %w", err)
		}
		fmt.Fprintf(stdout, "HTML report written to %s\n", *htmlOut)
	}
	if failed := report.Failed(); len(failed) > 0 {
		return fmt.Errorf("audit verify: %d check(s) failed: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

func writeHTMLFile(path string, r *audit.Report, signer, hash string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := audit.WriteHTML(f, r, signer, hash); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// progressPrinter prints scan progress at most every two seconds.
func progressPrinter(w io.Writer) func(audit.ScanProgress) {
	var last time.Time
	return func(p audit.ScanProgress) {
		done := p.From+p.Scanned > p.To
		if !done && time.Since(last) < 2*time.Second {
			return
		}
		last = time.Now()
		fmt.Fprintf(w, "scanned %d of %d blocks (%d–%d), %d events\n", p.Scanned, p.To-p.From+1, p.From, p.To, p.Events)
	}
}

func printReport(w io.Writer, r *audit.Report) {
	if r.Asset == "" {
		fmt.Fprintf(w, "audit of the contracts on chain %s at block %d %s (%s)\n", r.ChainID, r.BlockNumber, r.BlockHash,
			r.BlockTime.Format(time.RFC3339))
	} else {
		fmt.Fprintf(w, "audit of %s (token %s) on chain %s at block %d %s (%s)\n", r.Asset, r.Token, r.ChainID, r.BlockNumber, r.BlockHash,
			r.BlockTime.Format(time.RFC3339))
		fmt.Fprintf(w, "scanned blocks %d–%d: %d events", r.Scan.From, r.Scan.To, r.Scan.Events)
		if r.Scan.ResumedAt > 0 {
			fmt.Fprintf(w, " (resumed at block %d)", r.Scan.ResumedAt)
		}
		fmt.Fprintln(w)
	}
	for _, c := range r.Checks {
		fmt.Fprintf(w, "\n%-4s %-19s %s\n", strings.ToUpper(map[audit.Status]string{audit.Pass: "pass", audit.Fail: "fail", audit.Skipped: "skip"}[c.Status]), c.ID, c.Summary)
		for _, f := range c.Facts {
			fmt.Fprintf(w, "       %s: %s\n", f.Name, f.Value)
		}
		for _, f := range c.Findings {
			fmt.Fprintf(w, "     ✗ %s\n", f)
		}
		for _, n := range c.Notes {
			fmt.Fprintf(w, "     · %s\n", n)
		}
	}
	if r.Passed {
		fmt.Fprint(w, "\nno check failed")
		if skipped := r.Skipped(); len(skipped) > 0 {
			fmt.Fprintf(w, "; skipped, attesting nothing: %s", strings.Join(skipped, ", "))
		}
		fmt.Fprintln(w)
	}
}

func runAuditVerifyReport(args []string, stdout io.Writer) error {
	fs := newFlagSet("audit verify-report", stdout)
	htmlOut := fs.String("html", "", "also write the report as printable HTML to this file")
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if file == "" {
		return errors.New("audit verify-report: name the report file: tessera audit verify-report report.json")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("audit verify-report: %w", err)
	}
	ok, err := audit.VerifySigned(data)
	if err != nil {
		return fmt.Errorf("audit verify-report: %s: %w", file, err)
	}
	r, signer := ok.Report, ok.Signer
	status := "no check failed"
	if f := r.Failed(); len(f) > 0 {
		status = "failed checks: " + strings.Join(f, ", ")
	}
	if s := r.Skipped(); len(s) > 0 {
		status += "; skipped: " + strings.Join(s, ", ")
	}
	subject := "asset " + r.Asset
	if r.Asset == "" {
		subject = "the contracts"
	}
	fmt.Fprintf(stdout, "signature valid: signed by %s\n%s on chain %s at block %d %s; %d checks, %s\n",
		signer.Hex(), subject, r.ChainID, r.BlockNumber, r.BlockHash, len(r.Checks), status)
	if *htmlOut != "" {
		if err := writeHTMLFile(*htmlOut, r, signer.Hex(), ok.ContentHash.Hex()); err != nil {
			return fmt.Errorf("audit verify-report: %w", err)
		}
	}
	return nil
}

func runAuditExport(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("audit export", stdout)
	asset := fs.String("asset", "", "asset symbol (required)")
	kind := fs.String("kind", "holders", "what to export: "+strings.Join(audit.ExportKinds(), ", "))
	format := fs.String("format", "csv", "csv or json")
	block := fs.Uint64("block", 0, "state (holders) at, or events up to, this block (default: the indexer's newest block)")
	chainFlag := fs.String("chain-id", "", "chain of the records (needed only when they hold several)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *asset == "" {
		return errors.New("audit export: --asset is required")
	}
	pool, err := openAuditDB(ctx)
	if err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	defer pool.Close()
	req := audit.ExportRequest{Asset: *asset, Kind: *kind}
	if *chainFlag != "" {
		id, ok := new(big.Int).SetString(*chainFlag, 10)
		if !ok {
			return fmt.Errorf("audit export: bad --chain-id %q", *chainFlag)
		}
		req.ChainID = id
	}
	if *block != 0 {
		req.Block = block
	}
	exports := postgres.NewAuditExports(pool)
	q, err := exports.Plan(ctx, req)
	if err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	w, err := audit.NewRowWriter(stdout, *format, *kind)
	if err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	if err := exports.Run(ctx, q, w.Write); err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	return w.Close()
}

// ecdsaKey keeps the auditor's key out of fmt output by accident.
type ecdsaKey struct{ k *ecdsa.PrivateKey }

// String hides the key.
func (ecdsaKey) String() string { return "[auditor key]" }
