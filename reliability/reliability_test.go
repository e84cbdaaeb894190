// Package reliability proves exactly-once minting under failure: it runs
// anvil, PostgreSQL and `tessera serve` as separate processes, drives a mint
// load through the four-eyes mint-request API (an issuer key requests, an
// approver key approves) with idempotency keys and retries, and meanwhile
// kills serve with SIGKILL, stops the node and restarts it from its saved
// state, restarts PostgreSQL and reorganizes the chain. It then counts the
// requests accepted, the mints on chain, duplicates and lost mints. A
// second drill (TestDealingDayUnderFaults) fulfils a dealing day's book
// with serve killed between each batch's sending and its mining.
//
// `go test ./reliability/` runs the reduced suite (100 mints, one fault of
// each kind, the node down 5 s); `make reliability` runs the full one (1,000
// mints, five kills, the node down 30 s; a dealing day of 1,000 requests)
// with the knobs below.
package reliability

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/uuid"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/internal/localport"
	"github.com/tessera-rwa/tessera/postgres"
)

// knobs of a run, from the environment.
type knobs struct {
	Mints       int
	Kills       int
	RPCDown     time.Duration
	Concurrency int
}

func loadKnobs(t *testing.T) knobs {
	k := knobs{Mints: 100, Kills: 1, RPCDown: 5 * time.Second, Concurrency: 8}
	if v := os.Getenv("RELIABILITY_MINTS"); v != "" {
		k.Mints = mustAtoi(t, "RELIABILITY_MINTS", v)
	}
	if v := os.Getenv("RELIABILITY_KILLS"); v != "" {
		k.Kills = mustAtoi(t, "RELIABILITY_KILLS", v)
	}
	if v := os.Getenv("RELIABILITY_RPC_DOWN"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("RELIABILITY_RPC_DOWN: %v", err)
		}
		k.RPCDown = d
	}
	return k
}

func mustAtoi(t *testing.T, name, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		t.Fatalf("%s: want a whole number, got %q", name, v)
	}
	return n
}

// Result is what one run reports (reliability/results.json).
type Result struct {
	Mints         int      `json:"mints_requested"`
	Accepted      int      `json:"accepted"`
	OnChain       int      `json:"mints_on_chain"`
	Duplicates    int      `json:"duplicates"`
	Lost          int      `json:"lost"`
	Retries       int64    `json:"client_retries"`
	Faults        []string `json:"faults"`
	DurationS     float64  `json:"duration_seconds"`
	ServeRestarts int      `json:"serve_restarts"`
	ReorgDropped  int      `json:"mints_dropped_by_reorg"`
	// Indexed is the indexer's count of the token's mint rows once it has
	// caught up: after the same faults it must agree with the chain, with
	// no row of a reverted block left behind.
	Indexed int `json:"mints_indexed"`
	// Dealing is the dealing day's drill (TestDealingDayUnderFaults).
	Dealing *DealingResult `json:"dealing,omitempty"`
}

func TestExactlyOnceUnderFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("reliability suite: skipped with -short")
	}
	k := loadKnobs(t)
	h := newHarness(t, harnessOptions{})
	start := time.Now()
	res := Result{Mints: k.Mints}

	var accepted atomic.Int64
	var retries atomic.Int64
	acceptedKeys := make([]bool, k.Mints)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()

	// The load, through the four-eyes mint-request API: the issuer key
	// requests each mint, the approver key approves it. Each call is
	// retried with the same Idempotency-Key until the API answers it.
	onchainIDs := make([]common.Hash, k.Mints)
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for w := 0; w < k.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			issuer, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.keyID, Secret: h.secret, MaxAttempts: 1,
				HTTPClient: httpClient()})
			if err != nil {
				t.Error(err)
				return
			}
			approver, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.approverID, Secret: h.approverSecret, MaxAttempts: 1,
				HTTPClient: httpClient()})
			if err != nil {
				t.Error(err)
				return
			}
			retry := func(call func() error) bool {
				for ctx.Err() == nil {
					if call() == nil {
						return true
					}
					retries.Add(1)
					time.Sleep(100 * time.Millisecond)
				}
				return false
			}
			for {
				i := int(next.Add(1) - 1)
				if i >= k.Mints {
					return
				}
				var req mintRequest
				reason := fmt.Sprintf("reliability %d", i)
				body := map[string]string{"wallet": h.to.Hex(), "amount_units": "1", "reason": reason}
				if !retry(func() error {
					err := issuer.Do(ctx, "POST", "/v1/assets/"+h.assetID+"/mints", body, &req, client.WithIdempotencyKey(fmt.Sprintf("rel-mint-%d", i)))
					if client.IsCode(err, "idempotency_outcome_lost") {
						// Stored before its process was killed, the response
						// lost: find the one request it made.
						return findRequest(ctx, issuer, h.assetID, reason, &req)
					}
					return err
				}) {
					return
				}
				attempt := 0
				approved := retry(func() error {
					var out mintRequest
					// A decision is sent again with a new key: deciding twice
					// is refused (already_decided), and an approval whose
					// sending a crash cut off is resumed (docs/auth.md).
					attempt++
					err := approver.Do(ctx, "POST", "/v1/requests/"+req.ID+"/approve", map[string]string{"note": "reliability"}, &out,
						client.WithIdempotencyKey(fmt.Sprintf("rel-approve-%d-%d", i, attempt)))
					var ce *client.Error
					if errors.As(err, &ce) && ce.Code == "already_decided" {
						// Approved and sent by an attempt whose answer was lost
						// with the process that made it.
						if err := approver.Do(ctx, "GET", "/v1/requests/"+req.ID, nil, &out); err != nil {
							return err
						}
						if out.State != "approved" {
							return fmt.Errorf("request %s is %s", req.ID, out.State)
						}
						return nil
					}
					return err
				})
				if approved {
					onchainIDs[i] = req.OnchainID
					acceptedKeys[i] = true
					accepted.Add(1)
				}
			}
		}()
	}

	// The faults, spread over the load by progress.
	at := func(frac float64) {
		for ctx.Err() == nil && accepted.Load() < int64(frac*float64(k.Mints)) {
			time.Sleep(20 * time.Millisecond)
		}
	}
	fault := func(name string) { res.Faults = append(res.Faults, name); t.Log("fault:", name) }
	var snapshot string
	early := (k.Kills + 1) / 2
	for i := 0; i < early; i++ {
		at(0.05 + 0.2*float64(i)/float64(max(early, 1)))
		h.killServe(t)
		fault("kill -9 serve")
	}
	at(0.3)
	h.stopNode(t)
	fault(fmt.Sprintf("node stopped %s", k.RPCDown))
	time.Sleep(k.RPCDown)
	h.startNode(t)
	at(0.5)
	h.restartPostgres(t)
	fault("PostgreSQL restarted")
	at(0.6)
	snapshot = h.rpcString(t, "evm_snapshot")
	atSnapshot := len(h.issued(t, ctx))
	at(0.75)
	// Revert only once mints were mined after the snapshot, so the reorg
	// takes confirmed mints off the chain.
	for deadline := time.Now().Add(time.Minute); len(h.issued(t, ctx)) <= atSnapshot && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	before := len(h.issued(t, ctx))
	var reverted bool
	h.rpc(t, &reverted, "evm_revert", snapshot)
	h.rpc(t, nil, "evm_mine")
	after := len(h.issued(t, ctx))
	res.ReorgDropped = before - after
	fault(fmt.Sprintf("reorg: reverted to a snapshot (%v), dropping %d mints already on chain", reverted, before-after))
	for i := early; i < k.Kills; i++ {
		at(0.8 + 0.15*float64(i-early)/float64(max(k.Kills-early, 1)))
		h.killServe(t)
		fault("kill -9 serve")
	}
	wg.Wait()
	res.Accepted = int(accepted.Load())
	res.Retries = retries.Load()

	// Every accepted mint must reach the chain exactly once.
	ids := h.waitMints(t, ctx, acceptedKeys)
	res.DurationS = time.Since(start).Seconds()
	res.ServeRestarts = h.restarts
	seen := map[common.Hash]int{}
	for _, id := range ids {
		seen[id]++
	}
	res.OnChain = len(ids)
	for i, ok := range acceptedKeys {
		if ok && seen[onchainIDs[i]] == 0 {
			res.Lost++
		}
	}
	for _, n := range seen {
		if n > 1 {
			res.Duplicates += n - 1
		}
	}
	res.Indexed = h.waitIndexed(t, ctx, res.OnChain)
	out, _ := json.MarshalIndent(res, "", "  ")
	t.Logf("result:\n%s", out)
	writeResult(t, func(r *Result) { dealing := r.Dealing; *r = res; r.Dealing = dealing })
	if res.Accepted != k.Mints || res.OnChain != k.Mints || res.Duplicates != 0 || res.Lost != 0 || res.Indexed != res.OnChain {
		t.Fatalf("accepted %d of %d, on chain %d, duplicates %d, lost %d, indexed %d\nserve log tail:\n%s",
			res.Accepted, k.Mints, res.OnChain, res.Duplicates, res.Lost, res.Indexed, h.serveLog())
	}
}

func httpClient() *http.Client { return &http.Client{Timeout: 10 * time.Second} }

// mintRequest is the part of the API's mint request the load reads.
// findRequest finds the asset's one request with reason.
func findRequest(ctx context.Context, c *client.Client, assetID, reason string, out *mintRequest) error {
	var found []mintRequest
	for r, err := range c.Requests(ctx, assetID, "") {
		if err != nil {
			return err
		}
		if r.Reason == reason {
			found = append(found, mintRequest{ID: r.ID, State: r.State, OnchainID: r.OnchainID})
		}
	}
	if len(found) != 1 {
		return fmt.Errorf("%d requests with reason %q", len(found), reason)
	}
	*out = found[0]
	return nil
}

type mintRequest struct {
	ID        string      `json:"id"`
	State     string      `json:"state"`
	OnchainID common.Hash `json:"onchain_id"`
}

// harnessOptions vary a run's processes.
type harnessOptions struct {
	Accounts int      // the node's funded keys; default 2
	Workers  string   // serve's TESSERA_WORKERS; default txmgr,indexer
	Env      []string // more of serve's settings
	// Prepare runs once the suite is deployed, before serve first starts:
	// it may send from the node's keys (key 0 is serve's signer).
	Prepare func(t *testing.T, ctx context.Context, c *ethclient.Client, s devnet.Suite, keys []*ecdsa.PrivateKey)
	// Dealing registers the asset with the suite's Dealing contract, paying
	// in the suite's stablecoin.
	Dealing bool
}

// harness owns the processes of one run.
type harness struct {
	opts      harnessOptions
	dir       string
	bin       string
	nodePort  int
	nodeURL   string
	stateFile string
	node      *devnet.Anvil
	pg        *postgres.Cluster
	pgCfg     postgres.ClusterConfig
	dbURL     string
	apiURL    string
	apiAddr   string
	env       []string
	keyID     string // the issuer's key
	secret    string
	// approverID is the approver's key: four eyes, never the issuer's.
	approverID     string
	approverSecret string
	assetID        string // the asset registered on token
	token          common.Address
	to             common.Address
	suite          devnet.Suite

	mu       sync.Mutex
	serve    *exec.Cmd
	serveOut *bytes.Buffer
	restarts int
}

func newHarness(t *testing.T, opts harnessOptions) *harness {
	t.Helper()
	if opts.Accounts == 0 {
		opts.Accounts = 2
	}
	if opts.Workers == "" {
		opts.Workers = "txmgr,indexer"
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "tessera-reliability-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	h := &harness{opts: opts, dir: dir, bin: filepath.Join(dir, "tessera"), stateFile: filepath.Join(dir, "anvil-state.json")}

	build := exec.Command("go", "build", "-o", h.bin, "github.com/tessera-rwa/tessera/cmd/tessera")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build tessera: %v\n%s", err, out)
	}

	if h.nodePort, err = localport.Free(); err != nil {
		t.Fatal(err)
	}
	h.startNode(t)
	t.Cleanup(func() { h.node.Stop() })

	h.pgCfg = postgres.ClusterConfig{Dir: filepath.Join(dir, "pg")}
	if h.pg, err = postgres.StartCluster(ctx, h.pgCfg); err != nil {
		t.Fatal(err)
	}
	h.pgCfg.Port = h.pg.Port()
	t.Cleanup(func() { h.pg.Stop(context.Background()) })
	if err := h.pg.CreateDatabase(ctx, "tessera"); err != nil {
		t.Fatal(err)
	}
	h.dbURL = h.pg.URL("tessera")

	pool, err := postgres.Open(ctx, h.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, _, err := postgres.Migrate(ctx, pool, -1); err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.Dial(h.nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	admin := h.node.Keys[0]
	suite, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: c, Store: &postgres.Deployments{Pool: pool},
		Opts: bind.NewKeyedTransactor(admin, h.node.ChainID), ChainID: h.node.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	h.token, h.to, h.suite = suite.FundToken.Address, crypto.PubkeyToAddress(admin.PublicKey), suite
	if opts.Prepare != nil {
		opts.Prepare(t, ctx, c, suite, h.node.Keys)
	}

	key := &keystore.Key{Id: uuid.New(), Address: h.to, PrivateKey: admin}
	blob, err := keystore.EncryptKey(key, "reliability", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pass := filepath.Join(dir, "issuer.json"), filepath.Join(dir, "pass")
	if err := os.WriteFile(ks, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pass, []byte("reliability"), 0o600); err != nil {
		t.Fatal(err)
	}
	mk := make([]byte, 32)
	_, _ = rand.Read(mk)
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: mk})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "reliability", Owner: "reliability", Scopes: []apikey.Scope{apikey.Issuer}})
	if err != nil {
		t.Fatal(err)
	}
	h.keyID, h.secret = k.ID, secret
	ak, asecret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "reliability-approver", Owner: "reliability-approver", Scopes: []apikey.Scope{apikey.Approver}})
	if err != nil {
		t.Fatal(err)
	}
	h.approverID, h.approverSecret = ak.ID, asecret
	feed := suite.FundFeed.Address
	port, err := localport.Free()
	if err != nil {
		t.Fatal(err)
	}
	h.apiAddr = fmt.Sprintf("127.0.0.1:%d", port)
	h.apiURL = "http://" + h.apiAddr
	h.env = append(os.Environ(),
		"DATABASE_URL="+h.dbURL, "RPC_URL="+h.nodeURL, "TESSERA_ADDR="+h.apiAddr,
		"TESSERA_KEYSTORE="+ks, "TESSERA_KEYSTORE_PASSWORD_FILE="+pass, "TESSERA_MASTER_KEY="+hex.EncodeToString(mk),
		"TESSERA_LEADER_RETRY=200ms", "TESSERA_POLL_INTERVAL=100ms",
		"TESSERA_IDEMPOTENCY_LOCK=2s", "TESSERA_WORKERS="+opts.Workers, "LOG_LEVEL=info",
	)
	h.env = append(h.env, opts.Env...)
	h.startServe(t)
	t.Cleanup(func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.serve != nil {
			_ = h.serve.Process.Kill()
			_ = h.serve.Wait()
		}
	})
	h.registerAsset(t, feed)
	return h
}

// registerAsset registers the suite's fund token as an active asset
// through the issuance API, as an issuer onboards an existing token:
// create, submit, verified by the approver key, tokenize with the existing
// token and its feed, activate.
func (h *harness) registerAsset(t *testing.T, feed common.Address) {
	t.Helper()
	ctx := context.Background()
	issuer, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.keyID, Secret: h.secret, HTTPClient: httpClient()})
	if err != nil {
		t.Fatal(err)
	}
	approver, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.approverID, Secret: h.approverSecret, HTTPClient: httpClient()})
	if err != nil {
		t.Fatal(err)
	}
	var asset struct {
		ID    string `json:"id"`
		State string `json:"state"`
	}
	create := map[string]any{"kind": "treasury_fund", "name": "Tessera Treasury Fund",
		"symbol": "TTF", "jurisdiction": "US-NY", "currency": "USD", "total_units": "10000000", "decimals": 6}
	tokenize := map[string]string{"token": h.token.Hex(), "feed": feed.Hex()}
	if h.opts.Dealing {
		create["dealing_payment_token"] = h.suite.Stablecoin.Address.Hex()
		tokenize["dealing"] = h.suite.FundDealing.Address.Hex()
	}
	if err := issuer.Do(ctx, "POST", "/v1/assets", create, &asset); err != nil {
		t.Fatalf("create the asset: %v", err)
	}
	h.assetID = asset.ID
	steps := []struct {
		c    *client.Client
		path string
		body any
	}{
		{issuer, "/transitions", map[string]string{"to": "submitted"}},
		{approver, "/transitions", map[string]string{"to": "verified"}},
		{issuer, "/tokenize", tokenize},
		{issuer, "/transitions", map[string]string{"to": "active"}},
	}
	for _, st := range steps {
		if err := st.c.Do(ctx, "POST", "/v1/assets/"+h.assetID+st.path, st.body, &asset); err != nil {
			t.Fatalf("asset %s%s: %v", h.assetID, st.path, err)
		}
	}
	if asset.State != "active" {
		t.Fatalf("asset %s is %s, want active", h.assetID, asset.State)
	}
}

var servingLine = regexp.MustCompile(`(?m)^serving on `)

// startServe starts serve and waits until it serves.
func (h *harness) startServe(t *testing.T) {
	t.Helper()
	cmd := exec.Command(h.bin, "serve")
	cmd.Env = h.env
	out := &bytes.Buffer{}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = pw, pw
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	ready := make(chan struct{})
	go func() {
		buf := make([]byte, 32<<10)
		seen := false
		for {
			n, err := pr.Read(buf)
			h.mu.Lock()
			out.Write(buf[:n])
			if out.Len() > 4<<20 {
				out.Next(out.Len() - 1<<20)
			}
			if !seen && servingLine.Match(out.Bytes()) {
				seen = true
				close(ready)
			}
			h.mu.Unlock()
			if err != nil {
				pr.Close()
				return
			}
		}
	}()
	h.mu.Lock()
	h.serve, h.serveOut = cmd, out
	h.mu.Unlock()
	select {
	case <-ready:
	case <-time.After(2 * time.Minute):
		t.Fatalf("serve did not start:\n%s", h.serveLog())
	}
}

// killServe sends SIGKILL to serve and starts it again.
func (h *harness) killServe(t *testing.T) {
	t.Helper()
	h.mu.Lock()
	cmd := h.serve
	h.mu.Unlock()
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	h.restarts++
	h.startServe(t)
}

func (h *harness) serveLog() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := h.serveOut.String()
	if len(s) > 6000 {
		s = s[len(s)-6000:]
	}
	return s
}

// startNode starts anvil on the harness's port from the saved state file.
func (h *harness) startNode(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := devnet.StartAnvil(ctx, devnet.AnvilConfig{Port: h.nodePort, Accounts: h.opts.Accounts,
		Args: []string{"--state", h.stateFile, "--state-interval", "1", "--preserve-historical-states"}})
	if err != nil {
		t.Fatal(err)
	}
	h.node, h.nodeURL = a, a.URL
}

// stopNode stops anvil; it writes its state on the way out.
func (h *harness) stopNode(t *testing.T) {
	t.Helper()
	if err := h.node.Stop(); err != nil {
		t.Fatal(err)
	}
}

func (h *harness) restartPostgres(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	if err := h.pg.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	pg, err := postgres.StartCluster(ctx, h.pgCfg)
	if err != nil {
		t.Fatal(err)
	}
	h.pg = pg
}

func (h *harness) rpc(t *testing.T, out any, method string, args ...any) {
	t.Helper()
	c, err := rpc.Dial(h.nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Call(out, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

func (h *harness) rpcString(t *testing.T, method string) string {
	var s string
	h.rpc(t, &s, method)
	return s
}

var issuedTopic = crypto.Keccak256Hash([]byte("Issued(bytes32,address,uint256)"))

// waitMints waits until every accepted request is on chain (or the run's
// time is up) and returns the request ids of every Issued event.
func (h *harness) waitMints(t *testing.T, ctx context.Context, accepted []bool) []common.Hash {
	t.Helper()
	want := 0
	for _, ok := range accepted {
		if ok {
			want++
		}
	}
	for {
		ids := h.issued(t, ctx)
		if len(ids) >= want || ctx.Err() != nil {
			// A little longer: a duplicate would show up after the last one.
			time.Sleep(2 * time.Second)
			return h.issued(t, ctx)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// waitIndexed waits (up to two minutes) for the indexer to hold want mint
// rows of the token, and returns how many it holds.
func (h *harness) waitIndexed(t *testing.T, ctx context.Context, want int) int {
	t.Helper()
	pool, err := postgres.Open(ctx, h.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var n int
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		err := pool.QueryRow(ctx, "SELECT count(*) FROM indexer_mints WHERE chain_id = $1 AND token = $2",
			h.node.ChainID.Int64(), h.token.Bytes()).Scan(&n)
		if err == nil && n == want {
			break
		}
	}
	return n
}

// issued returns the request ids of the token's Issued events (none while
// the node is unreachable).
func (h *harness) issued(t *testing.T, ctx context.Context) []common.Hash {
	c, err := ethclient.Dial(h.nodeURL)
	if err != nil {
		return nil
	}
	defer c.Close()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{h.token},
		Topics: [][]common.Hash{{issuedTopic}}})
	if err != nil {
		return nil
	}
	ids := make([]common.Hash, len(logs))
	for i, l := range logs {
		ids[i] = l.Topics[1]
	}
	return ids
}
