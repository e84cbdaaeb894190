package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestServeConfigRefusesInvalidValuesByName(t *testing.T) {
	t.Parallel()
	env := map[string]string{
		"DATABASE_URL":     "mysql://nope",
		"RPC_URL":          "ftp://node",
		"TESSERA_WORKERS":  "indexer,miner",
		"LOG_LEVEL":        "loud",
		"TESSERA_ADDR":     "8080",
		"CHAIN_ID":         "-1",
		"TESSERA_KEYSTORE": "/does/not/exist",
	}
	_, _, err := loadServeConfig(nil, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err == nil {
		t.Fatal("invalid configuration accepted")
	}
	for k := range env {
		if !strings.Contains(err.Error(), k+" ") {
			t.Errorf("error does not name %s:\n%v", k, err)
		}
	}
	// A flag overrides the variable and is checked the same way.
	env = map[string]string{"DATABASE_URL": "postgres://u:p@h/db", "RPC_URL": "http://node:8545", "TESSERA_WORKERS": "indexer"}
	cfg, _, err := loadServeConfig(nil, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil || cfg.PublicURL != "http://127.0.0.1:8080" {
		t.Fatalf("the web UI's origin on the default loopback address: %q, %v", cfg.PublicURL, err)
	}
	// Listening beyond loopback, the web UI's origin must be given: the
	// listen address is not what browsers reach.
	_, _, err = loadServeConfig([]string{"-addr", "0.0.0.0:9000"}, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "TESSERA_PUBLIC_URL") {
		t.Fatalf("0.0.0.0 without a public URL: %v", err)
	}
	for _, bad := range []string{"app.example.com", "https://app.example.com/ui/", "ftp://app.example.com"} {
		_, _, err = loadServeConfig([]string{"-public-url", bad}, func(k string) string { return env[k] }, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "TESSERA_PUBLIC_URL") {
			t.Errorf("public URL %q: %v", bad, err)
		}
	}
	env["TESSERA_PUBLIC_URL"] = "https://App.Example.com/"
	cfg, _, err = loadServeConfig([]string{"-addr", "0.0.0.0:9000", "-confirmations", "3"}, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "0.0.0.0:9000" || cfg.Confirmations != 3 || !cfg.Workers["indexer"] || cfg.Workers["txmgr"] || cfg.PublicURL != "https://app.example.com" {
		t.Fatalf("config = %+v", cfg)
	}
	if cfg.AuthWindow != 30*time.Second {
		t.Fatalf("auth window %s, want 30s", cfg.AuthWindow)
	}
	if cfg, _, err := loadServeConfig([]string{"-auth-window", "2m"}, func(k string) string { return env[k] }, &bytes.Buffer{}); err != nil || cfg.AuthWindow != 2*time.Minute {
		t.Fatalf("-auth-window 2m: %s %v", cfg.AuthWindow, err)
	}
	// The operations listener is local by default; the allowed hosts are
	// the public URL's, and a loopback address's own.
	if cfg.OpsAddr != "127.0.0.1:9090" || strings.Join(cfg.AllowedHosts, ",") != "app.example.com" {
		t.Fatalf("ops %q, allowed hosts %q", cfg.OpsAddr, cfg.AllowedHosts)
	}
	for _, tt := range []struct {
		args []string
		ops  string
		want string
	}{
		{[]string{"-addr", "127.0.0.1:8080"}, "127.0.0.1:9090", "127.0.0.1:8080,localhost:8080,app.example.com"},
		{[]string{"-addr", "[::1]:8080", "-ops-addr", "none"}, "", "[::1]:8080,localhost:8080,app.example.com"},
		{[]string{"-addr", "localhost:80"}, "127.0.0.1:9090", "localhost:80,127.0.0.1:80,[::1]:80,app.example.com"},
		{[]string{"-addr", "127.0.0.1:8080", "-public-url", "http://localhost:8080"}, "127.0.0.1:9090", "127.0.0.1:8080,localhost:8080"},
		{[]string{"-addr", "10.0.0.5:8080", "-allowed-hosts", "api.example.com, api.example.com:443"}, "127.0.0.1:9090", "api.example.com,api.example.com:443"},
		{[]string{"-addr", "127.0.0.1:8080", "-allowed-hosts", "api.example.com"}, "127.0.0.1:9090", "api.example.com"},
		{[]string{"-addr", "10.0.0.5:8080", "-ops-addr", "10.0.0.5:9100"}, "10.0.0.5:9100", "app.example.com"},
		{[]string{"-addr", "10.0.0.5:8080", "-allowed-hosts", "*"}, "127.0.0.1:9090", ""},
	} {
		cfg, _, err := loadServeConfig(tt.args, func(k string) string { return env[k] }, &bytes.Buffer{})
		if err != nil || cfg.OpsAddr != tt.ops || strings.Join(cfg.AllowedHosts, ",") != tt.want {
			t.Errorf("%v: ops %q, allowed hosts %q, %v; want %q, %q", tt.args, cfg.OpsAddr, cfg.AllowedHosts, err, tt.ops, tt.want)
		}
	}
	for _, bad := range [][]string{{"-ops-addr", "9090"}, {"-allowed-hosts", "https://api.example.com"}} {
		if _, _, err := loadServeConfig(bad, func(k string) string { return env[k] }, &bytes.Buffer{}); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	_, _, err = loadServeConfig([]string{"-confirmations", "0"}, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "TESSERA_CONFIRMATIONS") {
		t.Fatalf("confirmations 0: %v", err)
	}
	// The auto-approval cap is in units of each payment token, so one
	// figure is the same money whatever a token's decimals: 2500.5 is
	// 2500500000 base units of a 6-decimal token. Its old base-unit
	// variable is refused, not read as units 10^decimals times larger.
	cfg, _, err = loadServeConfig([]string{"-dealing-auto-approve-max-units", "2500.5"}, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil || cfg.DealingAutoApproveMax == nil || dealing.AutoApproveCap(cfg.DealingAutoApproveMax, 6).String() != "2500500000" ||
		dealing.AutoApproveCap(cfg.DealingAutoApproveMax, 0).String() != "2500" {
		t.Fatalf("auto-approval cap 2500.5 units: %v, %v", cfg.DealingAutoApproveMax, err)
	}
	for _, bad := range []string{"0", "-5", "1e6", "ten"} {
		if _, _, err := loadServeConfig([]string{"-dealing-auto-approve-max-units", bad}, func(k string) string { return env[k] }, &bytes.Buffer{}); err == nil ||
			!strings.Contains(err.Error(), "TESSERA_DEALING_AUTO_APPROVE_MAX_UNITS") {
			t.Errorf("auto-approval cap %q: %v", bad, err)
		}
	}
	env["TESSERA_DEALING_AUTO_APPROVE_MAX"] = "10000000"
	if _, _, err := loadServeConfig(nil, func(k string) string { return env[k] }, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "renamed TESSERA_DEALING_AUTO_APPROVE_MAX_UNITS") {
		t.Fatalf("the old base-unit cap: %v", err)
	}
	delete(env, "TESSERA_DEALING_AUTO_APPROVE_MAX")
	// The signer's loops need a keystore.
	env["TESSERA_WORKERS"] = "txmgr"
	if _, _, err := loadServeConfig(nil, func(k string) string { return env[k] }, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "TESSERA_KEYSTORE") {
		t.Fatalf("txmgr without keystore: %v", err)
	}
}

func TestServeConfigPrintsSecretsRedacted(t *testing.T) {
	t.Parallel()
	env := map[string]string{
		"DATABASE_URL":              "postgres://tessera:hunter2@db.internal:5432/tessera?sslmode=require",
		"RPC_URL":                   "https://mainnet.example/v3/0123456789abcdef",
		"TESSERA_WORKERS":           "indexer",
		"TESSERA_KEYSTORE_PASSWORD": "correct horse",
		"TESSERA_MASTER_KEY":        strings.Repeat("ab", 32),
	}
	_, settings, err := loadServeConfig(nil, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	printConfig(&out, settings)
	for _, secret := range []string{"hunter2", "0123456789abcdef", "correct horse", strings.Repeat("ab", 32), "sslmode"} {
		if strings.Contains(out.String(), secret) {
			t.Errorf("printed configuration shows %q:\n%s", secret, out.String())
		}
	}
	for _, want := range []string{"postgres://***@db.internal:5432/tessera", "https://mainnet.example/***", "TESSERA_MASTER_KEY              (set)", "TESSERA_LEADER_RETRY            1s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("printed configuration lacks %q:\n%s", want, out.String())
		}
	}
}

// serveFixture is a chain with the suite deployed, a database recording it,
// a keystore for the issuer key, an issuer API key and an approver API key
// of another owner: the two keys a mint takes.
type serveFixture struct {
	anvil      *devnet.Anvil
	dbURL      string
	keystore   string
	passFile   string
	master     string
	masterFile string
	keyID      string // the issuer's key
	secret     string
	// approverID is the approver's key: four eyes, another owner than the
	// issuer's.
	approverID     string
	approverSecret string
	token          common.Address
	feed           common.Address
}

func newServeFixture(t *testing.T) serveFixture {
	t.Helper()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 2})
	f := serveFixture{anvil: a, dbURL: pgtest.NewURL(t)}
	pool, err := postgres.Open(ctx, f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	c := chaintest.Dial(t, a.URL)
	suite, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: c, Store: &postgres.Deployments{Pool: pool},
		Opts: bind.NewKeyedTransactor(a.Keys[0], a.ChainID), ChainID: a.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	f.token, f.feed = suite.FundToken.Address, suite.FundFeed.Address

	f.writeSecrets(t)
	f.createKeys(t, pool)
	return f
}

// clients are the issuer's and the approver's API clients of the serve
// at api.
func (f serveFixture) clients(t *testing.T, api string) (issuer, approver *client.Client) {
	t.Helper()
	issuer, err := client.New(client.Config{BaseURL: api, KeyID: f.keyID, Secret: f.secret})
	if err != nil {
		t.Fatal(err)
	}
	approver, err = client.New(client.Config{BaseURL: api, KeyID: f.approverID, Secret: f.approverSecret})
	if err != nil {
		t.Fatal(err)
	}
	return issuer, approver
}

// registerAsset registers the suite's fund token as an active asset
// through the API of the serve at api, as an issuer onboards an existing
// token: created and submitted by the issuer, verified by the approver,
// tokenized with the token and its feed (which caps the token's supply
// through the transaction manager) and activated. It returns the asset id.
func (f serveFixture) registerAsset(t *testing.T, api string) string {
	t.Helper()
	ctx := context.Background()
	issuer, approver := f.clients(t, api)
	var asset struct {
		ID    string `json:"id"`
		State string `json:"state"`
	}
	if err := issuer.Do(ctx, "POST", "/v1/assets", map[string]any{"kind": "treasury_fund", "name": "Tessera Treasury Fund",
		"symbol": "TTF", "jurisdiction": "US-NY", "currency": "USD", "total_units": "10000000", "decimals": 6}, &asset); err != nil {
		t.Fatalf("create the asset: %v", err)
	}
	id := asset.ID
	for _, st := range []struct {
		c    *client.Client
		path string
		body any
	}{
		{issuer, "/transitions", map[string]string{"to": "submitted"}},
		{approver, "/transitions", map[string]string{"to": "verified"}},
		{issuer, "/tokenize", map[string]string{"token": f.token.Hex(), "feed": f.feed.Hex()}},
		{issuer, "/transitions", map[string]string{"to": "active"}},
	} {
		if err := st.c.Do(ctx, "POST", "/v1/assets/"+id+st.path, st.body, &asset); err != nil {
			t.Fatalf("asset %s%s: %v", id, st.path, err)
		}
	}
	if asset.State != "active" {
		t.Fatalf("asset %s is %s, want active", id, asset.State)
	}
	return id
}

// mint mints units of assetID to the signer's own (verified) wallet the
// only way the platform mints: the issuer key requests it and the approver
// key approves it, both through the serve at api. It waits until the
// transaction manager has the mint confirmed and the token's Issued event
// for the request's on-chain id is on chain, and returns the approved
// request.
func (f serveFixture) mint(t *testing.T, api, assetID, units string) issuance.Request {
	t.Helper()
	ctx := context.Background()
	issuer, approver := f.clients(t, api)
	var req issuance.Request
	body := map[string]string{"wallet": crypto.PubkeyToAddress(f.anvil.Keys[0].PublicKey).Hex(), "amount_units": units, "reason": "serve test"}
	if err := issuer.Do(ctx, "POST", "/v1/assets/"+assetID+"/mints", body, &req); err != nil {
		t.Fatalf("request a mint: %v", err)
	}
	if err := approver.Do(ctx, "POST", "/v1/requests/"+req.ID+"/approve", map[string]string{"note": "checked"}, &req); err != nil {
		t.Fatalf("approve request %s: %v", req.ID, err)
	}
	if req.State != issuance.Approved || req.TxKey == "" || req.DecidedBy != "key:"+f.approverID || req.RequestedBy != "key:"+f.keyID {
		t.Fatalf("approved request = %+v", req)
	}
	waitConfirmed(t, f.dbURL, req.TxKey)
	c := chaintest.Dial(t, f.anvil.URL)
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{f.token},
		Topics: [][]common.Hash{{issuedTopic}, {req.OnchainID}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("Issued events of request %s (%s): %d, %v", req.ID, req.OnchainID, len(logs), err)
	}
	return req
}

var issuedTopic = crypto.Keccak256Hash([]byte("Issued(bytes32,address,uint256)"))

func (f serveFixture) env(extra ...string) []string {
	return append([]string{
		"DATABASE_URL=" + f.dbURL,
		"RPC_URL=" + f.anvil.URL,
		"TESSERA_KEYSTORE=" + f.keystore,
		"TESSERA_KEYSTORE_PASSWORD_FILE=" + f.passFile,
		"TESSERA_MASTER_KEY_FILE=" + f.masterFile,
		"TESSERA_LEADER_RETRY=100ms",
		"TESSERA_POLL_INTERVAL=50ms",
	}, extra...)
}

var (
	servingLine  = regexp.MustCompile(`(?m)^serving on (http://\S+)`)
	serveOpsLine = regexp.MustCompile(`(?m)^operations on (http://\S+)`)
)

// lockedBuffer is a bytes.Buffer a subprocess writes while the test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// serveProc is a `tessera serve` subprocess.
type serveProc struct {
	cmd            *exec.Cmd
	stdout, stderr *lockedBuffer
	exited         chan error
}

func startServeProc(t *testing.T, env []string, args ...string) *serveProc {
	t.Helper()
	// A free operations port for each process: the default, 9090, may be
	// taken, and two replicas on one machine need two.
	cmd := exec.Command(os.Args[0], append([]string{"serve", "-ops-addr", freeAddr(t)}, args...)...)
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), append(env, "TESSERA_TEST_RUN_MAIN=1")...)
	p := &serveProc{cmd: cmd, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}, exited: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = p.stdout, p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.exited
	})
	return p
}

// wait returns the process's exit error once it ends.
func (p *serveProc) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-p.exited:
		p.exited <- err
		return err
	case <-time.After(time.Minute):
		t.Fatalf("serve did not exit:\n%s", p.stderr)
		return nil
	}
}

func startServe(t *testing.T, env []string) (*serveProc, string) {
	t.Helper()
	p := startServeProc(t, env, "-addr", freeAddr(t))
	deadline := time.Now().Add(time.Minute)
	for {
		if m := servingLine.FindStringSubmatch(p.stdout.String()); m != nil {
			return p, m[1]
		}
		select {
		case err := <-p.exited:
			p.exited <- err
			t.Fatalf("serve exited: %v\n%s\n%s", err, p.stdout, p.stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve not serving:\n%s\n%s", p.stdout, p.stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServeTwoReplicasFailOver runs two replicas against one database: a
// mint requested and approved through either is sent by the leader, and
// when the leader is killed with SIGKILL the standby takes the signer over
// and sends the next.
func TestServeTwoReplicasFailOver(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	a, _ := startServe(t, f.env())
	if out := a.stdout.String() + a.stderr.String(); strings.Contains(out, "s3cret") || strings.Contains(out, f.master) {
		t.Fatalf("serve printed a secret:\n%s", out)
	}
	waitLog(t, a, "leading signer")
	b, urlB := startServe(t, f.env())

	asset := f.registerAsset(t, urlB)
	f.mint(t, urlB, asset, "5") // requested and approved on the standby, sent by the leader
	if strings.Contains(b.stderr.String(), "leading signer") {
		t.Fatalf("both replicas lead the signer:\n%s", b.stderr)
	}

	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = a.wait(t)
	waitLog(t, b, "leading signer")
	f.mint(t, urlB, asset, "5")

	// The standby's API answered throughout; readiness checks the database
	// and the node.
	resp, err := http.Get(urlB + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/readyz = %d", resp.StatusCode)
	}
	// The shared route set: the issuance API with its four-eyes mint
	// requests is mounted, and no route mints on one key's word.
	resp, err = http.Get(urlB + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	spec, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, path := range []string{`"/v1/assets"`, `"/v1/assets/{id}/mints"`, `"/v1/requests/{id}/approve"`} {
		if !strings.Contains(string(spec), path) {
			t.Errorf("OpenAPI lacks %s", path)
		}
	}
	if strings.Contains(string(spec), `"/v1/ops/mints"`) {
		t.Error("OpenAPI lists /v1/ops/mints")
	}
	// Metrics, on the operations listener only: the shared state, the API
	// latency by route. Eleven requests of the transaction manager are
	// confirmed: the supply cap the tokenization set, the compliance-admin
	// grant, investor counting turned on before the first unit, and the six
	// writes of the registered token's first rules
	// version (compliance writes every rule of a first version, the
	// holding rules' setExtendedRules among them, so the token holds
	// exactly what it records), and the two mints.
	if resp, err := http.Get(urlB + "/metrics"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Fatalf("/metrics on the API's listener: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	m := serveOpsLine.FindStringSubmatch(b.stdout.String())
	if m == nil {
		t.Fatalf("serve names no operations listener:\n%s", b.stdout)
	}
	resp, err = http.Get(m[1] + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`tessera_txmgr_requests{state="confirmed"} 11`,
		`tessera_txmgr_nonce_lag{signer="` + crypto.PubkeyToAddress(f.anvil.Keys[0].PublicKey).Hex() + `"} 0`,
		`tessera_indexer_head_lag_blocks `,
		`tessera_chain_head_block `,
		`tessera_http_request_duration_seconds_count{method="POST",route="/v1/assets/{id}/mints"} 2`,
		`tessera_http_request_duration_seconds_count{method="POST",route="/v1/requests/{id}/approve"} 2`,
		`tessera_indexer_reorgs_total 0`,
		`tessera_state_scrape_ok 1`,
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s\n%s", want, grepLines(string(metrics), "tessera_txmgr_requests"))
		}
	}
	// Logs are JSON lines; the request's lines carry its request id.
	var sawRequest bool
	for _, line := range strings.Split(strings.TrimSpace(b.stderr.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		if rec["route"] == "/v1/requests/{id}/approve" && rec["request_id"] != "" && rec["request_id"] != nil {
			sawRequest = true
		}
	}
	if !sawRequest {
		t.Errorf("no access log line of an approval with a request id:\n%s", b.stderr)
	}
	_ = b.cmd.Process.Signal(syscall.SIGTERM)
	if err := b.wait(t); err != nil {
		t.Fatalf("serve did not stop cleanly: %v\n%s", err, b.stderr)
	}
}

// TestServeHasNoSingleKeyMintRoute: every mint takes an approver
// independent of its requester, so serve has no route that queues a mint
// on one key's word. The removed load endpoint's setting is not read (the
// route stays 404 with it in the environment) and its flag is refused.
func TestServeHasNoSingleKeyMintRoute(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	p := startServeProc(t, f.env(), "-addr", freeAddr(t), "-load-endpoint")
	if err := p.wait(t); err == nil || !strings.Contains(p.stderr.String(), "flag provided but not defined: -load-endpoint") {
		t.Fatalf("serve -load-endpoint: %v\n%s", err, p.stderr)
	}

	_, api := startServe(t, f.env("TESSERA_LOAD_ENDPOINT=true"))
	issuer, _ := f.clients(t, api)
	body := map[string]string{"token": f.token.Hex(), "to": crypto.PubkeyToAddress(f.anvil.Keys[0].PublicKey).Hex(), "amount": "5",
		"request_id": common.HexToHash("0x10ad").Hex()}
	err := issuer.Do(context.Background(), "POST", "/v1/ops/mints", body, nil)
	var ce *client.Error
	if !errors.As(err, &ce) || ce.Status != http.StatusNotFound {
		t.Fatalf("POST /v1/ops/mints signed by an issuer key: %v, want 404", err)
	}
	pool, err := postgres.Open(context.Background(), f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	// The load endpoint queued under "mint:<request id>"; nothing is.
	var queued int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM tx_requests WHERE idempotency_key LIKE 'mint:%'").Scan(&queued); err != nil || queued != 0 {
		t.Fatalf("mints queued without a request: %d, %v", queued, err)
	}
}

// TestServeLeaderLosingItsLockStops ends the database sessions that hold a
// leader's advisory locks: the replica stops its loops at once and the
// standby takes them over.
func TestServeLeaderLosingItsLockStops(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	a, _ := startServe(t, f.env())
	waitLog(t, a, "leading signer")
	waitLog(t, a, "indexer leads the chain")
	waitLog(t, a, `"lock":"oracle-relay/`)
	waitLog(t, a, `"lock":"compliance-worker"`)
	b, _ := startServe(t, f.env())

	ctx := context.Background()
	pool, err := postgres.Open(ctx, f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var ended int
	err = pool.QueryRow(ctx, `SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) t`).Scan(&ended)
	if err != nil || ended < 2 {
		t.Fatalf("ended %d lock sessions: %v", ended, err)
	}
	waitLogLine(t, a, "leader lock lost: standing by", `"lock":"txmgr/`)
	waitLogLine(t, a, "leader lock lost: standing by", `"lock":"indexer/`)
	waitLog(t, a, "leader lock lost: standing by")
	waitLogLine(t, a, "leader lock lost: standing by", `"lock":"compliance-worker"`)
	// One of the two leads again (each retries every 100ms); never both.
	deadline := time.Now().Add(30 * time.Second)
	for {
		la := strings.Count(a.stderr.String(), "leading signer")
		lb := strings.Count(b.stderr.String(), "leading signer")
		if la == 2 || lb == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nobody leads after the lock was lost:\n%s\n%s", a.stderr, b.stderr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestServeRefusesAnotherChain(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	p := startServeProc(t, f.env("CHAIN_ID=1"), "-addr", freeAddr(t))
	err := p.wait(t)
	if err == nil || !strings.Contains(p.stderr.String(), "CHAIN_ID says 1") {
		t.Fatalf("serve against the wrong chain: %v\n%s", err, p.stderr)
	}
	other := chaintest.NewAnvil(t, devnet.AnvilConfig{ChainID: 4242})
	p = startServeProc(t, append(f.env(), "RPC_URL="+other.URL), "-addr", freeAddr(t))
	err = p.wait(t)
	if err == nil || !strings.Contains(p.stderr.String(), "on chain 4242, but chain_deployments records contracts only for chain(s) 31337") {
		t.Fatalf("serve against an undeployed chain: %v\n%s", err, p.stderr)
	}
}

// waitLogLine waits until one line of p's stderr holds every part.
func waitLogLine(t *testing.T, p *serveProc, parts ...string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		for _, line := range strings.Split(p.stderr.String(), "\n") {
			all := true
			for _, part := range parts {
				all = all && strings.Contains(line, part)
			}
			if all {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no log line with %q within 30 s:\n%s", parts, p.stderr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitLog waits until p's stderr holds msg.
func waitLog(t *testing.T, p *serveProc, msg string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(p.stderr.String(), msg) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the log:\n%s", msg, p.stderr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitConfirmed waits for the transaction manager request key to be
// confirmed.
func waitConfirmed(t *testing.T, dbURL, key string) {
	t.Helper()
	ctx := context.Background()
	pool, err := postgres.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var state string
		err := pool.QueryRow(ctx, "SELECT state FROM tx_requests WHERE idempotency_key = $1", key).Scan(&state)
		if err == nil && (state == "confirmed" || state == "finalized") {
			return
		}
		if err == nil && state == "failed" || time.Now().After(deadline) {
			var why string
			_ = pool.QueryRow(ctx, "SELECT coalesce(error, '') FROM tx_requests WHERE idempotency_key = $1", key).Scan(&why)
			state += " " + why
			t.Fatalf("request %s: state %q, err %v", key, state, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestREADMEListsEverySetting keeps the README's configuration table in
// step with the settings serve reads.
func TestREADMEListsEverySetting(t *testing.T) {
	t.Parallel()
	var cfg serveConfig
	docListsSettings(t, "README.md", serveSettings(&cfg))
}

// docListsSettings fails unless the document (a path from the repository
// root) has a table row "| `ENV` | `-flag` |" for each setting ("| — |"
// for a flag alone), or names it in a line as "`ENV` / `-flag`".
func docListsSettings(t *testing.T, doc string, settings []setting) {
	t.Helper()
	text, err := os.ReadFile("../../" + doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range settings {
		env := "—"
		if s.Env != "" {
			env = "`" + s.Env + "`"
		}
		row := fmt.Sprintf("| %s | `-%s` |", env, s.Flag)
		if !strings.Contains(string(text), row) && !strings.Contains(string(text), env+" / `-"+s.Flag+"`") {
			t.Errorf("%s has no row %s", doc, row)
		}
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
