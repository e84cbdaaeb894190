package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// newBareFixture is serve's fixture on a fresh anvil with nothing
// deployed: the keystore, the master key and the two API keys, for
// `tessera deploy` to put the platform there.
func newBareFixture(t *testing.T) serveFixture {
	t.Helper()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 2})
	f := serveFixture{anvil: a, dbURL: pgtest.NewURL(t)}
	pool, err := postgres.Open(ctx, f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, _, err := postgres.Migrate(ctx, pool, -1); err != nil {
		t.Fatal(err)
	}
	f.writeSecrets(t)
	f.createKeys(t, pool)
	return f
}

// createKeys creates, in the fixture's database, the issuer key and the
// approver key of another owner: the two keys a mint takes.
func (f *serveFixture) createKeys(t *testing.T, pool *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	mk, _ := hex.DecodeString(f.master)
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: mk})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "ops", Owner: "ops", Scopes: []apikey.Scope{apikey.Issuer}})
	if err != nil {
		t.Fatal(err)
	}
	f.keyID, f.secret = k.ID, secret
	ak, asecret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "ops-approver", Owner: "ops-approver", Scopes: []apikey.Scope{apikey.Approver}})
	if err != nil {
		t.Fatal(err)
	}
	f.approverID, f.approverSecret = ak.ID, asecret
}

// writeKeystore writes key's encrypted keystore (passphrase "s3cret
// pass", as writeSecrets's) and returns its path.
func writeKeystore(t *testing.T, key *ecdsa.PrivateKey) string {
	t.Helper()
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"s3cret pass", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "key.json")
	if err := os.WriteFile(path, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeSecrets writes the signer's keystore (anvil's first account), its
// passphrase and a master key into a temporary directory.
func (f *serveFixture) writeSecrets(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	f.keystore, f.passFile = writeKeystore(t, f.anvil.Keys[0]), filepath.Join(dir, "pass")
	if err := os.WriteFile(f.passFile, []byte("s3cret pass\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mk := make([]byte, 32)
	_, _ = rand.Read(mk)
	f.master = hex.EncodeToString(mk)
	f.masterFile = filepath.Join(dir, "master.key")
	if err := os.WriteFile(f.masterFile, []byte(f.master+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// tesseraCmd runs a tessera subcommand of this test binary to its end.
func tesseraCmd(t *testing.T, env []string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), append(env, "TESSERA_TEST_RUN_MAIN=1")...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

var deployedStep = regexp.MustCompile(`^\[(\d+)/(\d+)\] \S+: deployed at`)

// TestDeployResumesServesAndUpgradesThroughTheTimelock is an operator's
// first day on a new network, on a fresh anvil with a keystore signer:
// `tessera deploy -dry-run` prints the plan and its cost and sends nothing;
// `tessera deploy` killed with SIGKILL after its third contract finishes
// on the next run without sending any write twice (the signer's nonce
// counts every transaction); a third run has nothing to send, and a
// deploy with other parameters is refused; `tessera serve` runs on the
// records, and an asset is onboarded, tokenized through the factory and
// minted to a verified investor through the API; an upgrade of its token
// is planned, refused before the timelock's delay, executed after it, and
// the balance is still there; `tessera audit code` proves that the code on
// chain is what the sources compile to.
func TestDeployResumesServesAndUpgradesThroughTheTimelock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newBareFixture(t)
	verify := t.TempDir()
	// The upgrade proposer is another key than the signer: deploy refuses
	// the signer as one.
	proposerKeystore := writeKeystore(t, f.anvil.Keys[1])
	proposer := crypto.PubkeyToAddress(f.anvil.Keys[1].PublicKey)
	env := f.env("TESSERA_VERIFY_DIR="+verify, "TESSERA_TIMELOCK_DELAY=24h", "TESSERA_TIMELOCK_PROPOSERS="+proposer.Hex(),
		"TESSERA_TIMELOCK_EXECUTORS="+proposer.Hex())
	upgradeEnv := append(env[:len(env):len(env)], "TESSERA_KEYSTORE="+proposerKeystore)
	c := chaintest.Dial(t, f.anvil.URL)
	signer := crypto.PubkeyToAddress(f.anvil.Keys[0].PublicKey)
	nonce := func() uint64 {
		n, err := c.NonceAt(ctx, signer, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	for _, bad := range []struct{ env, want string }{
		{"TESSERA_TIMELOCK_PROPOSERS=", "-proposers is required"},
		{"TESSERA_TIMELOCK_PROPOSERS=" + crypto.PubkeyToAddress(f.anvil.Keys[0].PublicKey).Hex(), "includes the signer"},
		{"TESSERA_TIMELOCK_DELAY=1h", "is under 24h0m0s"},
	} {
		if out, err := tesseraCmd(t, append(env[:len(env):len(env)], bad.env), "deploy", "-dry-run"); err == nil || !strings.Contains(out, bad.want) {
			t.Fatalf("deploy with %s: %v\n%s", bad.env, err, out)
		}
	}
	out, err := tesseraCmd(t, env, "deploy", "-dry-run")
	if err != nil || !strings.Contains(out, "dry run: nothing sent") || !strings.Contains(out, "[to do] factory") ||
		!strings.Contains(out, "ETH") || nonce() != 0 {
		t.Fatalf("deploy -dry-run (nonce %d): %v\n%s", nonce(), err, out)
	}
	if out, err := tesseraCmd(t, env, "deploy"); err == nil || !strings.Contains(out, "pass -yes") {
		t.Fatalf("deploy without -yes and without a terminal: %v\n%s", err, out)
	}

	// Killed after its third contract.
	cmd := exec.Command(os.Args[0], "deploy", "-yes")
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), append(env, "TESSERA_TEST_RUN_MAIN=1")...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	var first []string
	for sc.Scan() {
		first = append(first, sc.Text())
		if m := deployedStep.FindStringSubmatch(sc.Text()); m != nil && m[1] == "3" {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	_ = cmd.Wait()
	if n := nonce(); n < 3 {
		t.Fatalf("the first run sent %d transactions before it was killed:\n%s", n, strings.Join(first, "\n"))
	}

	out, err = tesseraCmd(t, env, "deploy", "-yes")
	if err != nil || !strings.Contains(out, "already on chain") || !strings.Contains(out, "deployed: run `tessera serve`") {
		t.Fatalf("resumed deploy: %v\n%s", err, out)
	}
	// Factory, 4 libraries, 6 implementations, timelock, 2 proxies, 2 role
	// grants: sixteen writes, each sent once over both runs.
	if n := nonce(); n != 17 {
		t.Fatalf("the signer sent %d transactions over the two runs, want 17:\nfirst run:\n%s\nsecond run:\n%s", n, strings.Join(first, "\n"), out)
	}
	if out, err := tesseraCmd(t, env, "deploy", "-yes"); err != nil || !strings.Contains(out, "nothing to send") || nonce() != 17 {
		t.Fatalf("third deploy: %v\n%s", err, out)
	}
	if out, err := tesseraCmd(t, append(env[:len(env):len(env)], "TESSERA_TIMELOCK_DELAY=48h"), "deploy", "-yes"); err == nil ||
		!strings.Contains(out, "already has a Tessera deployment at other addresses") || !strings.Contains(out, "timelock is recorded at") {
		t.Fatalf("a deploy with another timelock delay: %v\n%s", err, out)
	}
	for _, name := range []string{"identity-registry", "impl-AssetToken"} {
		for _, file := range []string{"input.json", "metadata.json"} {
			if _, err := os.Stat(filepath.Join(verify, f.anvil.ChainID.String(), name, file)); err != nil {
				t.Errorf("verification file: %v", err)
			}
		}
	}

	// serve on the records: an asset onboarded, tokenized and minted.
	_, apiURL := startServe(t, f.env())
	issuer, approver := f.clients(t, apiURL)
	officer := f.newKey(t, apiURL, "compliance-office", apikey.Compliance)
	investorKey, _ := crypto.GenerateKey()
	wallet := crypto.PubkeyToAddress(investorKey.PublicKey)
	onboard(t, officer, investorKey)
	waitVerified(t, f, wallet)
	var asset struct {
		ID    string          `json:"id"`
		State string          `json:"state"`
		Token *common.Address `json:"token"`
	}
	if err := issuer.Do(ctx, "POST", "/v1/assets", map[string]any{"kind": "treasury_fund", "name": "Harbour Treasury Fund",
		"symbol": "HTF", "jurisdiction": "US-NY", "currency": "USD", "total_units": "1000000", "decimals": 6}, &asset); err != nil {
		t.Fatal(err)
	}
	tokenizeThroughAPI(t, issuer, approver, asset.ID, true, &asset)
	var req struct {
		ID    string `json:"id"`
		TxKey string `json:"tx_key"`
	}
	if err := issuer.Do(ctx, "POST", "/v1/assets/"+asset.ID+"/mints", map[string]string{"wallet": wallet.Hex(), "amount_units": "250", "reason": "subscription"}, &req); err != nil {
		t.Fatalf("request a mint: %v", err)
	}
	if err := approver.Do(ctx, "POST", "/v1/requests/"+req.ID+"/approve", map[string]string{"note": "paid"}, &req); err != nil {
		t.Fatalf("approve the mint: %v", err)
	}
	waitConfirmed(t, f.dbURL, req.TxKey)
	tok := assettoken.NewAssetToken()
	balance := func() *big.Int {
		v, err := bind.Call(tok.Instance(c, *asset.Token), nil, tok.PackBalanceOf(wallet), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	minted := balance()
	if minted.Cmp(big.NewInt(250_000000)) != 0 {
		t.Fatalf("balance after the mint: %s", minted)
	}

	audit := func(extra ...string) (string, error) {
		return tesseraCmd(t, []string{"DATABASE_URL=" + f.dbURL}, append([]string{"audit", "verify", "--contracts", "--rpc", f.anvil.URL,
			"--block", "latest", "--checkpoints", ""}, extra...)...)
	}
	if out, err := audit(); err != nil || !strings.Contains(out, "PASS code") || !strings.Contains(out, "PASS upgrades") ||
		!strings.Contains(out, "delay 24h0m0s; proposers "+proposer.Hex()) || strings.Contains(out, "also administers") {
		t.Fatalf("audit of the deployed contracts: %v\n%s", err, out)
	}

	// An upgrade of the token to another release's implementation.
	release := t.TempDir()
	v2, err := os.ReadFile(filepath.Join("..", "..", "contracts", "out", "AssetTokenV2.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(release, "AssetToken.json"), v2, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = tesseraCmd(t, upgradeEnv, "upgrade", "plan", "-artifacts", release)
	if err != nil || !strings.Contains(out, "issuance:"+asset.ID+":token") || !strings.Contains(out, "state: not scheduled") {
		t.Fatalf("upgrade plan: %v\n%s", err, out)
	}
	if out, err := tesseraCmd(t, upgradeEnv, "upgrade", "execute", "-yes", "-artifacts", release); err == nil || !strings.Contains(out, "not scheduled") {
		t.Fatalf("execute before schedule: %v\n%s", err, out)
	}
	out, err = tesseraCmd(t, upgradeEnv, "upgrade", "schedule", "-yes", "-artifacts", release)
	if err != nil || !strings.Contains(out, "scheduled operation") {
		t.Fatalf("upgrade schedule: %v\n%s", err, out)
	}
	if out, err := tesseraCmd(t, upgradeEnv, "upgrade", "execute", "-yes", "-artifacts", release); err == nil || !strings.Contains(out, "is not ready") {
		t.Fatalf("execute before the delay: %v\n%s", err, out)
	}
	// A day of chain time: the timelock reads the block's clock.
	if err := c.Client().Call(nil, "evm_increaseTime", 24*3600); err != nil {
		t.Fatal(err)
	}
	if err := c.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	out, err = tesseraCmd(t, upgradeEnv, "upgrade", "execute", "-yes", "-artifacts", release)
	if err != nil || !strings.Contains(out, "proxies upgraded") {
		t.Fatalf("upgrade execute: %v\n%s", err, out)
	}
	if got := balance(); got.Cmp(minted) != 0 {
		t.Fatalf("balance after the upgrade %s, before %s", got, minted)
	}
	if out, err := tesseraCmd(t, upgradeEnv, "upgrade", "plan", "-artifacts", release); err != nil || !strings.Contains(out, "no upgrade") {
		t.Fatalf("plan after the upgrade: %v\n%s", err, out)
	}
	// The chain now runs the release's code: this binary's sources no
	// longer describe the token, the release's do, and the upgrade came
	// through the timelock.
	if out, err := audit(); err == nil || !strings.Contains(out, "FAIL code") || !strings.Contains(out, "AssetTokenV2") {
		t.Fatalf("audit against this binary's sources after the upgrade: %v\n%s", err, out)
	}
	if out, err := audit("--artifacts", release); err != nil || !strings.Contains(out, "PASS code") || !strings.Contains(out, "PASS upgrades") {
		t.Fatalf("audit against the release after the upgrade: %v\n%s", err, out)
	}
}

// onboard makes key's wallet a verified investor through the compliance
// API: investor, wallet proven by its signature, KYC approved (which
// registers the wallet on chain).
func onboard(t *testing.T, officer *client.Client, priv *ecdsa.PrivateKey) {
	t.Helper()
	ctx := context.Background()
	wallet := crypto.PubkeyToAddress(priv.PublicKey)
	inv, err := officer.CreateInvestor(ctx, api.NewInvestor{LegalName: "Ada Investor", Type: "person", Country: "US", Flags: []string{"accredited"}})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := officer.WalletChallenge(ctx, inv.ID, wallet.Hex())
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(ch.Message)), priv)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	if _, err := officer.AddWallet(ctx, inv.ID, ch.ID, hexutil.Encode(sig)); err != nil {
		t.Fatal(err)
	}
	expires := time.Now().Add(365 * 24 * time.Hour)
	if _, err := officer.SetKYC(ctx, inv.ID, api.KYCDecision{Status: "approved", Provider: "acme", ExpiresAt: &expires}); err != nil {
		t.Fatal(err)
	}
}

// waitVerified waits until the identity registry on record verifies wallet
// (compliance registers it through the transaction manager).
func waitVerified(t *testing.T, f serveFixture, wallet common.Address) {
	t.Helper()
	ctx := context.Background()
	pool, err := postgres.Open(ctx, f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	rec, err := (&postgres.Deployments{Pool: pool}).Deployment(ctx, f.anvil.ChainID, "identity-registry")
	if err != nil {
		t.Fatal(err)
	}
	reg := identityregistry.NewIdentityRegistry()
	c := chaintest.Dial(t, f.anvil.URL)
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok, err := bind.Call(reg.Instance(c, rec.Address), nil, reg.PackIsVerified(wallet), reg.UnpackIsVerified)
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("wallet %s not verified on chain: %v", wallet, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// docs/operations.md lists every setting of deploy and upgrade.
func TestOperationsGuideListsDeploySettings(t *testing.T) {
	t.Parallel()
	var cfg chainConfig
	docListsSettings(t, "docs/operations.md", append(deploySettings(&cfg), upgradeSettings(&cfg, "cancel")...))
}
