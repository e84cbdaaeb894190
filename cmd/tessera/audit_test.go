package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// TestAuditCommand runs `tessera audit verify`, `verify-report` and
// `export` against anvil and a database holding the suite's deployments, a
// mint and the indexer's tables.
func TestAuditCommand(t *testing.T) {
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	dbURL := pgtest.NewURL(t)
	pool, err := postgres.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	admin := chaintest.Transactor(a, a.Keys[0])
	deps := &postgres.Deployments{Pool: pool}
	s, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: c, Store: deps, Opts: admin, ChainID: a.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	holder := crypto.PubkeyToAddress(a.Keys[1].PublicKey)
	reg, tok := identityregistry.NewIdentityRegistry(), assettoken.NewAssetToken()
	send := func(to common.Address, data []byte) {
		tx, err := bind.NewBoundContract(to, tok.GetABI(), c, c, c).RawTransact(admin, data)
		chaintest.MustMined(t, c, tx, err)
	}
	send(s.Registry.Address, reg.PackRegisterIdentity(holder, crypto.Keccak256Hash([]byte("h")), 276, uint64(time.Now().AddDate(1, 0, 0).Unix()), big.NewInt(1)))
	// The fund as issuance records it, with one approved mint request.
	assetID, requestID := uuid.NewString(), uuid.NewString()
	if _, err := pool.Exec(ctx, `INSERT INTO issuance_assets (id, kind, name, symbol, jurisdiction, currency, total_units, decimals, is_unique,
		state, created_by, chain_id, token, feed) VALUES ($1, 'treasury_fund', 'Fund', 'TTF', 'LU', 'USD', 1000000, 6, false, 'active', 'x', $2, $3, $4)`,
		assetID, a.ChainID.String(), s.FundToken.Address.Bytes(), s.FundFeed.Address.Bytes()); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO issuance_requests (id, asset_id, kind, wallet, amount, state, requested_by, decided_by, decided_at)
		VALUES ($1, $2, 'mint', $3, 1000, 'approved', 'x', 'y', now())`, requestID, assetID, holder.Bytes()); err != nil {
		t.Fatal(err)
	}
	send(s.FundToken.Address, tok.PackMint(holder, big.NewInt(1000), issuance.OnchainRequestID(requestID)))
	idx, err := indexer.New(indexer.Config{Client: c, Store: &postgres.IndexStore{Pool: pool}, Deployments: deps, ChainID: a.ChainID, FinalityTag: "none"})
	if err != nil {
		t.Fatal(err)
	}
	for st := (indexer.SyncStatus{}); !st.CaughtUp; {
		if st, err = idx.SyncOnce(ctx); err != nil {
			t.Fatal(err)
		}
	}

	t.Setenv("DATABASE_URL", dbURL)
	t.Setenv("TESSERA_AUDITOR_KEY", "")
	dir := t.TempDir()
	keyHex := hex.EncodeToString(crypto.FromECDSA(a.Keys[5]))
	keyFile := filepath.Join(dir, "auditor.key")
	if err := os.WriteFile(keyFile, []byte(keyHex+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	auditor := crypto.PubkeyToAddress(a.Keys[5].PublicKey).Hex()
	report, page := filepath.Join(dir, "report.json"), filepath.Join(dir, "report.html")
	tessera := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, args, &out)
		if strings.Contains(out.String(), keyHex) || (err != nil && strings.Contains(err.Error(), keyHex)) {
			t.Fatalf("the auditor's key was printed")
		}
		return out.String(), err
	}

	out, err := tessera("audit", "verify", "--asset", "TTF", "--rpc", a.URL, "--block", "latest", "--out", report, "--html", page,
		"--key-file", keyFile, "--checkpoints", filepath.Join(dir, "cp"))
	if err != nil {
		t.Fatalf("audit verify: %v\n%s", err, out)
	}
	for _, want := range []string{"PASS supply", "supply 0.001 units (1000 base units) held by 1 wallets", "PASS indexer", "PASS mint-requests", "SKIP documents nothing to trace", "SKIP compliance-log nothing to trace: the compliance log has no entries", "skipped, attesting nothing: investor-counts, documents", "signed report written to " + report + " by " + auditor} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("audit verify output lacks %q:\n%s", want, out)
		}
	}
	if html, err := os.ReadFile(page); err != nil || !bytes.Contains(html, []byte("Audit of TTF")) {
		t.Errorf("HTML report: %v", err)
	}

	out, err = tessera("audit", "verify-report", report)
	if err != nil || !strings.Contains(out, "signature valid: signed by "+auditor) || !strings.Contains(out, "no check failed") {
		t.Errorf("verify-report: %v\n%s", err, out)
	}
	// The contracts alone: their code, signed like an asset's report.
	contractsReport := filepath.Join(dir, "contracts.json")
	out, err = tessera("audit", "verify", "--contracts", "--rpc", a.URL, "--block", "latest", "--out", contractsReport, "--key-file", keyFile)
	if err != nil || !strings.Contains(out, "audit of the contracts on chain") || !strings.Contains(out, "PASS code") {
		t.Errorf("audit verify --contracts: %v\n%s", err, out)
	}
	out, err = tessera("audit", "verify-report", contractsReport)
	if err != nil || !strings.Contains(out, "the contracts on chain") || !strings.Contains(out, "no check failed") {
		t.Errorf("verify-report of the contracts: %v\n%s", err, out)
	}
	if _, err := tessera("audit", "verify", "--contracts", "--asset", "TTF", "--rpc", a.URL); err == nil || !strings.Contains(err.Error(), "give --asset, or --contracts") {
		t.Errorf("--asset with --contracts: %v", err)
	}

	signed, _ := os.ReadFile(report)
	tampered := filepath.Join(dir, "tampered.json")
	os.WriteFile(tampered, bytes.Replace(signed, []byte(`"value": "1000"`), []byte(`"value": "1001"`), 1), 0o644)
	if _, err := tessera("audit", "verify-report", tampered); err == nil || !strings.Contains(err.Error(), "changed after it was signed") {
		t.Errorf("tampered report: %v", err)
	}

	out, err = tessera("audit", "export", "--asset", "TTF", "--kind", "holders")
	// 1000 base units of a 6-decimal token: 0.001 units, both shown.
	if err != nil || out != "wallet,balance_units,balance_base\n"+holder.Hex()+",0.001,1000\n" {
		t.Errorf("export holders: %v\n%q", err, out)
	}
	out, err = tessera("audit", "export", "--asset", "TTF", "--kind", "mints", "--format", "json")
	if err != nil || !strings.Contains(out, issuance.OnchainRequestID(requestID).Hex()) {
		t.Errorf("export mints: %v\n%s", err, out)
	}

	other := chaintest.NewAnvil(t, devnet.AnvilConfig{ChainID: 777})
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"--asset", "NOPE", "--rpc", a.URL}, `unknown asset "NOPE"`},
		{[]string{"--asset", "TTF", "--rpc", a.URL, "--block", "99999999"}, "block 99999999 is above the node's head"},
		{[]string{"--asset", "TTF", "--rpc", other.URL}, "the node is on chain 777, the records are on chain 31337"},
		{[]string{"--asset", "TTF", "--rpc", a.URL, "--block", "soon"}, `block "soon": want a block number, finalized or latest`},
		{[]string{"--asset", "TTF", "--rpc", a.URL, "--out", report}, "--out writes a signed report"},
	} {
		if _, err := tessera(append([]string{"audit", "verify", "--checkpoints", ""}, bad.args...)...); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("audit verify %v: %v, want %q", bad.args, err, bad.want)
		}
	}
}
