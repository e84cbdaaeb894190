package audit_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/merkle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/units"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

// env is one issuance journey on anvil: the development suite, three
// investors, mints with request ids, a transfer, a burn, a forced transfer,
// a document, a valuation round, a distribution with a claim, the indexer
// caught up, and the records that account for all of it.
type env struct {
	a       *devnet.Anvil
	c       *ethclient.Client
	pool    *pgxpool.Pool
	suite   devnet.Suite
	admin   *bind.TransactOpts
	inv     []*bind.TransactOpts
	idx     *indexer.Indexer
	assetID string // the fund's row in issuance_assets
	nonce   int64  // of the recorded chain_txs rows
	burnID  string // the approved burn request
	records *postgres.AuditRecords
}

var (
	tok  = assettoken.NewAssetToken()
	reg  = identityregistry.NewIdentityRegistry()
	feed = valuationfeed.NewValuationFeed()
	coin = devstablecoin.NewDevStablecoin()
	dist = distributor.NewDistributor()
)

func role(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func (e *env) tx(t *testing.T, from *bind.TransactOpts, to common.Address, data []byte) uint64 {
	t.Helper()
	tx, err := bind.NewBoundContract(to, tok.GetABI(), e.c, e.c, e.c).RawTransact(from, data)
	return chaintest.MustMined(t, e.c, tx, err).BlockNumber.Uint64()
}

func (e *env) sync(t *testing.T) {
	t.Helper()
	for range 1000 {
		st, err := e.idx.SyncOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.CaughtUp {
			return
		}
	}
	t.Fatal("indexer did not catch up")
}

// mint mints on chain; with approve, as issuance does it: an approved
// request whose transaction the transaction manager saw confirmed.
func (e *env) mint(t *testing.T, to common.Address, amount int64, approve bool) (block uint64, requestID string) {
	t.Helper()
	id := uuid.NewString()
	b := e.tx(t, e.admin, e.suite.FundToken.Address, tok.PackMint(to, big.NewInt(amount), issuance.OnchainRequestID(id)))
	if approve {
		e.approvedRequest(t, id, "mint", to, amount, b)
	}
	return b, id
}

// approvedRequest records mint request id as approved and its transaction
// as confirmed in block (0: the request is approved and confirmed, but the
// records do not say where).
func (e *env) approvedRequest(t *testing.T, id, kind string, to common.Address, amount int64, block uint64) {
	t.Helper()
	ctx := context.Background()
	key := "issuance:request:" + id
	var txID *int64
	if block > 0 {
		e.nonce++
		if err := e.pool.QueryRow(ctx, `INSERT INTO chain_txs (chain_id, from_address, nonce, to_address, data, gas_limit, state, block_number)
			VALUES ($1, $2, $3, $4, '\x00', 100000, 'confirmed', $5) RETURNING id`, e.a.ChainID.String(), e.admin.From.Bytes(), e.nonce,
			e.suite.FundToken.Address.Bytes(), int64(block)).Scan(&txID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO tx_requests (idempotency_key, chain_id, from_address, to_address, data, state, tx_id)
		VALUES ($1, $2, $3, $4, '\x00', 'confirmed', $5)`, key, e.a.ChainID.String(), e.admin.From.Bytes(), e.suite.FundToken.Address.Bytes(), txID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO issuance_requests (id, asset_id, kind, wallet, amount, state, requested_by, decided_by, decided_at, tx_key)
		VALUES ($1, $2, $6, $3, $4, 'approved', 'tk_issuer', 'tk_approver', now(), $5)`, id, e.assetID, to.Bytes(), amount, key, kind); err != nil {
		t.Fatal(err)
	}
}

// intervention records the last transaction as an approved forced
// transfer, as the compliance module does.
func (e *env) intervention(t *testing.T, from, to common.Address, amount int64, reason string) {
	t.Helper()
	ctx := context.Background()
	e.nonce++
	key := fmt.Sprint("compliance:intervention:", e.nonce)
	var txID int64
	if err := e.pool.QueryRow(ctx, `INSERT INTO chain_txs (chain_id, from_address, nonce, to_address, data, gas_limit, state, mined_hash)
		VALUES ($1, $2, $3, $4, '\x00', 100000, 'confirmed', $5) RETURNING id`, e.a.ChainID.String(), e.admin.From.Bytes(), e.nonce,
		e.suite.FundToken.Address.Bytes(), e.lastTx(t).Bytes()).Scan(&txID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO tx_requests (idempotency_key, chain_id, from_address, to_address, data, state, tx_id)
		VALUES ($1, $2, $3, $4, '\x00', 'confirmed', $5)`, key, e.a.ChainID.String(), e.admin.From.Bytes(), e.suite.FundToken.Address.Bytes(), txID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO compliance_interventions (kind, asset, wallet, to_wallet, amount, reason, state, requested_by, decided_by, tx_key, decided_at)
		VALUES ('forced_transfer', $1, $2, $3, $4, $5, 'approved', 'tk_agent', 'tk_officer', $6, now())`, strings.ToLower(e.suite.FundToken.Address.Hex()),
		strings.ToLower(from.Hex()), strings.ToLower(to.Hex()), amount, reason, key); err != nil {
		t.Fatal(err)
	}
}

// document stores content as issuance does and anchors its SHA-256.
func (e *env) document(t *testing.T, name string, content []byte) {
	t.Helper()
	ctx := context.Background()
	sum := sha256.Sum256(content)
	if _, err := e.pool.Exec(ctx, `INSERT INTO issuance_blobs (sha256, content_type, size, content) VALUES ($1, 'text/plain', $2, $3)`,
		sum[:], len(content), content); err != nil {
		t.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO issuance_documents (asset_id, name, kind, sha256, uploaded_by) VALUES ($1, $2, 'prospectus', $3, 'tk_issuer')`,
		e.assetID, name, sum[:]); err != nil {
		t.Fatal(err)
	}
	e.tx(t, e.admin, e.suite.FundToken.Address, tok.PackSetDocument(name32(name), "tessera://"+name, sum))
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvOn(t, chaintest.Anvil(t))
}

// newEnvOn is newEnv on anvil a: a test running beside the journey needs
// an anvil of its own, since the journey's audits depend on its blocks.
func newEnvOn(t *testing.T, a *devnet.Anvil) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{a: a, c: chaintest.Dial(t, a.URL), pool: pgtest.NewDB(t), admin: chaintest.Transactor(a, a.Keys[0])}
	for _, k := range a.Keys[1:4] {
		e.inv = append(e.inv, chaintest.Transactor(a, k))
	}
	e.records = &postgres.AuditRecords{Pool: e.pool}
	deps := &postgres.Deployments{Pool: e.pool}
	var err error
	e.suite, err = devnet.DeploySuite(ctx, &chain.Deployer{Backend: e.c, Store: deps, Opts: e.admin, ChainID: a.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	s, admin := e.suite, e.admin.From
	e.assetID = uuid.NewString()
	if _, err := e.pool.Exec(ctx, `INSERT INTO issuance_assets (id, kind, name, symbol, jurisdiction, currency, total_units, decimals, is_unique,
		state, created_by, chain_id, token, feed) VALUES ($1, 'treasury_fund', 'Tessera Treasury Fund', 'TTF', 'LU', 'USD', 1000000000000, 6, false,
		'active', 'tk_issuer', $2, $3, $4)`, e.assetID, a.ChainID.String(), s.FundToken.Address.Bytes(), s.FundFeed.Address.Bytes()); err != nil {
		t.Fatal(err)
	}
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for i, inv := range e.inv {
		e.tx(t, e.admin, s.Registry.Address, reg.PackRegisterIdentity(inv.From, crypto.Keccak256Hash([]byte{byte(i)}), 276, expiry, big.NewInt(1)))
	}
	for _, r := range []string{"AGENT_ROLE", "DOCUMENT_ROLE"} {
		e.tx(t, e.admin, s.FundToken.Address, tok.PackGrantRole(role(r), admin))
	}
	alice, bob, carol := e.inv[0], e.inv[1], e.inv[2]
	e.mint(t, alice.From, 1_000_000, true)
	e.mint(t, bob.From, 500_000, true)
	e.tx(t, alice, s.FundToken.Address, tok.PackTransfer(bob.From, big.NewInt(100_000)))
	e.burnID = uuid.NewString()
	burnBlock := e.tx(t, e.admin, s.FundToken.Address, tok.PackBurn(bob.From, big.NewInt(50_000), issuance.OnchainRequestID(e.burnID)))
	e.approvedRequest(t, e.burnID, "burn", bob.From, 50_000, burnBlock)
	e.tx(t, e.admin, s.FundToken.Address, tok.PackForcedTransfer(bob.From, carol.From, big.NewInt(10_000)))
	e.intervention(t, bob.From, carol.From, 10_000, "court order 2026-114")
	e.document(t, "prospectus", []byte("Tessera Treasury Fund prospectus, v1"))

	// One valuation round, recorded as the relay records it.
	obsAt := uint64(time.Now().Add(-time.Minute).Unix())
	roundBlock := e.tx(t, e.admin, s.FundFeed.Address, feed.PackTransmit(big.NewInt(100_000_000), obsAt))
	e.recordPush(t, 1, 100_000_000, obsAt, roundBlock)

	// A distribution of 1,000 tUSD pro rata to the holders at snapshot.
	snap := e.head(t)
	pool := big.NewInt(1_000_000_000)
	tree := e.payoutTree(t, pool, snap)
	e.publish(t, pool, tree.Root(), snap)
	leaf, proof, _ := tree.ProofFor(alice.From)
	e.tx(t, e.admin, s.Distributor.Address, dist.PackClaim(big.NewInt(1), alice.From, leaf.Amount, hashes(proof)))

	for _, p := range []string{"investor alice verified", "investor bob verified", "forced transfer bob→carol"} {
		if _, err := (&postgres.ComplianceStore{Pool: e.pool}).AppendLog(ctx, compliance.LogDraft{Actor: "tk_compliance", Action: "test", Subject: p, Data: map[string]string{"note": p}}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	e.idx, err = indexer.New(indexer.Config{Client: e.c, Store: &postgres.IndexStore{Pool: e.pool}, Deployments: deps,
		ChainID: a.ChainID, FinalityTag: "none", FinalityDepth: 1})
	if err != nil {
		t.Fatal(err)
	}
	e.sync(t)
	return e
}

func (e *env) publish(t *testing.T, total *big.Int, root common.Hash, snap uint64) {
	t.Helper()
	s := e.suite
	e.tx(t, e.admin, s.Stablecoin.Address, coin.PackMint(e.admin.From, total))
	e.tx(t, e.admin, s.Stablecoin.Address, coin.PackApprove(s.Distributor.Address, total))
	e.tx(t, e.admin, s.Distributor.Address, dist.PackFund(s.FundToken.Address, s.Stablecoin.Address, total))
	e.tx(t, e.admin, s.Distributor.Address, dist.PackPublish(s.FundToken.Address, s.Stablecoin.Address, total, root, snap,
		uint64(time.Now().Add(24*time.Hour).Unix())))
}

func (e *env) payoutTree(t *testing.T, total *big.Int, snap uint64) *merkle.Tree {
	t.Helper()
	at := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(snap)}
	inst := tok.Instance(e.c, e.suite.FundToken.Address)
	supply, err := bind.Call(inst, at, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	bal := map[common.Address]*big.Int{}
	for _, inv := range e.inv {
		b, err := bind.Call(inst, at, tok.PackBalanceOf(inv.From), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		bal[inv.From] = b
	}
	tree, err := merkle.New(audit.PayoutProRata(total, supply, bal))
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

func hashes(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func name32(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

func (e *env) head(t *testing.T) uint64 {
	t.Helper()
	n, err := e.c.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) lastTx(t *testing.T) common.Hash {
	t.Helper()
	b, err := e.c.BlockByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return b.Transactions()[len(b.Transactions())-1].Hash()
}

// recordPush stores a push of round confirmed in block with one
// observation behind it, as the oracle relay does.
func (e *env) recordPush(t *testing.T, round, answer int64, observedAt, block uint64) {
	t.Helper()
	ctx := context.Background()
	var obs, push int64
	err := e.pool.QueryRow(ctx, `INSERT INTO oracle_observations (asset, source, kind, value, decimals, observed_at, raw)
		VALUES ('TTF', 'administrator', 'http', $1, 8, to_timestamp($2), '{}') RETURNING id`, answer, int64(observedAt)).Scan(&obs)
	if err != nil {
		t.Fatal(err)
	}
	err = e.pool.QueryRow(ctx, `INSERT INTO oracle_pushes (asset, chain_id, feed, intended_round, attempt, idempotency_key, answer,
		observed_at, reason, calldata, state, round_id, block_number) VALUES ('TTF', $1, $2, $3, 0, $4, $5, to_timestamp($6), 'first_round', '', 'confirmed', $3, $7)
		RETURNING id`, e.a.ChainID.String(), e.suite.FundFeed.Address.Bytes(), round, fmt.Sprint("push-", round), answer, int64(observedAt), int64(block)).Scan(&push)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `INSERT INTO oracle_push_observations VALUES ($1, $2, 'used')`, push, obs); err != nil {
		t.Fatal(err)
	}
}

func (e *env) verifier() *audit.Verifier {
	return &audit.Verifier{Chain: e.c, Records: e.records, Index: &postgres.IndexStore{Pool: e.pool}, Mints: e.records,
		Documents: e.records, Oracle: e.records, Interventions: e.records, ComplianceLog: e.records, ChunkBlocks: 7,
		Deployments: &postgres.Deployments{Pool: e.pool}}
}

func (e *env) verify(t *testing.T, block uint64) *audit.Report {
	t.Helper()
	r, err := e.verifier().Verify(context.Background(), "TTF", audit.BlockSpec{Number: &block})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// hasProxies reports whether the suite records an upgradeable contract.
func (e *env) hasProxies(t *testing.T) bool {
	t.Helper()
	deps, err := (&postgres.Deployments{Pool: e.pool}).Deployments(context.Background(), e.a.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deps {
		if contracts.Upgradeable(d.Contract) {
			return true
		}
	}
	return false
}

func mustFailOnly(t *testing.T, r *audit.Report, id, finding string) {
	t.Helper()
	if got := r.Failed(); !slices.Equal(got, []string{id}) {
		t.Fatalf("failed checks %v, want exactly [%s]\n%s", got, id, dump(r))
	}
	if c := r.Check(id); !strings.Contains(strings.Join(c.Findings, "\n"), finding) {
		t.Errorf("findings of %s = %q, want one naming %q", id, c.Findings, finding)
	}
}

func dump(r *audit.Report) string {
	var b strings.Builder
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "%s %s: %s %q\n", c.Status, c.ID, c.Summary, c.Findings)
	}
	return b.String()
}

// TestAuditJourney runs every check on the journey (all pass), then makes
// each fail with one targeted tamper, and checks the report names exactly
// that failure.
func TestAuditJourney(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	b0 := e.head(t)
	r := e.verify(t, b0)
	if !r.Passed {
		t.Fatalf("clean journey failed:\n%s", dump(r))
	}
	for _, c := range r.Checks {
		// A suite without proxies has no upgrade to trace.
		if c.ID == audit.CheckUpgrades && c.Status == audit.Skipped && !e.hasProxies(t) {
			continue
		}
		// The journey's fund deals through the suite's Dealing contract but
		// makes no dealing: TestAuditDealing audits dealing.
		if slices.Contains(dealingChecks, c.ID) && c.Status == audit.Skipped {
			continue
		}
		// The suite's fund does not count investors per country:
		// TestAuditInvestorCounts audits a token that does.
		if c.ID == audit.CheckInvestorCounts && c.Status == audit.Skipped {
			continue
		}
		if c.Status != audit.Pass {
			t.Errorf("check %s is %s, want pass", c.ID, c.Status)
		}
	}
	if r.BlockNumber != b0 || r.Scan.To != b0 || r.Scan.Events == 0 {
		t.Errorf("report block %d, scan %+v", r.BlockNumber, r.Scan)
	}
	if notes := strings.Join(r.Check(audit.CheckReceivers).Notes, "\n"); !strings.Contains(notes, "court order 2026-114") {
		t.Errorf("forced transfer not listed with its reason: %q", notes)
	}

	for name, store := range map[string]audit.Checkpoints{"files": audit.DirCheckpoints(t.TempDir()), "postgres": &postgres.AuditCheckpoints{Pool: e.pool}} {
		t.Run("resumable scan/"+name, func(t *testing.T) {
			v := e.verifier()
			v.Checkpoints = store
			var seen []audit.ScanProgress
			v.Progress = func(p audit.ScanProgress) { seen = append(seen, p) }
			mid := (r.Scan.From + b0) / 2
			if _, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &mid}); err != nil {
				t.Fatal(err)
			}
			if len(seen) < 2 || seen[len(seen)-1].Scanned != mid-r.Scan.From+1 {
				t.Fatalf("progress %+v, want ranges of 7 blocks up to %d", seen, mid)
			}
			seen = nil
			again, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &b0})
			if err != nil {
				t.Fatal(err)
			}
			if again.Scan.ResumedAt != mid+1 || seen[0].Scanned <= mid-r.Scan.From+1-7 || again.Scan.Events != r.Scan.Events || !again.Passed {
				t.Errorf("resumed scan %+v (first progress %+v), want it to start at %d with %d events", again.Scan, seen[0], mid+1, r.Scan.Events)
			}
			// An older block than the checkpoint starts over.
			older, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &mid})
			if err != nil || older.Scan.ResumedAt != 0 || !older.Passed {
				t.Errorf("audit below the checkpoint: %v, scan %+v", err, older.Scan)
			}
		})
	}
	t.Run("document file altered", func(t *testing.T) {
		// The stored file changes behind its content address.
		if _, err := e.pool.Exec(ctx, `UPDATE issuance_blobs SET content = overlay(content placing '2' from length(content))`); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE issuance_blobs SET content = overlay(content placing '1' from length(content))`)
		mustFailOnly(t, e.verify(t, b0), audit.CheckDocuments, `document "prospectus"`)
	})
	t.Run("database balance edited", func(t *testing.T) {
		bob := e.inv[1].From
		tag, err := e.pool.Exec(ctx, `UPDATE indexer_balances SET balance = balance + 1 WHERE wallet = $1`, bob.Bytes())
		if err != nil || tag.RowsAffected() != 1 {
			t.Fatalf("edit balance: %v, %d rows", err, tag.RowsAffected())
		}
		defer e.pool.Exec(ctx, `UPDATE indexer_balances SET balance = balance - 1 WHERE wallet = $1`, bob.Bytes())
		mustFailOnly(t, e.verify(t, b0), audit.CheckIndexer, bob.Hex())
	})
	t.Run("compliance log row edited", func(t *testing.T) {
		if _, err := e.pool.Exec(ctx, `UPDATE compliance_log SET actor = 'tk_someone_else' WHERE seq = 2`); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE compliance_log SET actor = 'tk_compliance' WHERE seq = 2`)
		mustFailOnly(t, e.verify(t, b0), audit.CheckComplianceLog, "entry 2")
	})
	t.Run("oracle round without observations", func(t *testing.T) {
		if _, err := e.pool.Exec(ctx, `UPDATE oracle_push_observations SET role = 'rejected'`); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE oracle_push_observations SET role = 'used'`)
		mustFailOnly(t, e.verify(t, b0), audit.CheckValuations, "round 1")
	})
	t.Run("forced transfer without a recorded reason", func(t *testing.T) {
		if _, err := e.pool.Exec(ctx, `UPDATE compliance_interventions SET state = 'rejected'`); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE compliance_interventions SET state = 'approved'`)
		mustFailOnly(t, e.verify(t, b0), audit.CheckReceivers, "no recorded reason")
	})

	t.Run("exports", func(t *testing.T) { testExports(t, e, r) })
	t.Run("api", func(t *testing.T) { testAPI(t, e, r) })

	t.Run("record running other code", func(t *testing.T) {
		// A plain ERC-20 recorded as the payment stablecoin: the code check names
		// the record, the artifact it should run and what it runs instead.
		deps := &postgres.Deployments{Pool: e.pool}
		rec := chaintest.DeployRecorded(t, e.c, e.admin, deps, e.a.ChainID, "fake:stablecoin", "DevStablecoin",
			common.FromHex(referenceerc20.ReferenceERC20MetaData.Bin))
		defer e.pool.Exec(ctx, `DELETE FROM chain_deployments WHERE name = 'fake:stablecoin'`)
		e.sync(t)
		mustFailOnly(t, e.verify(t, rec.Block), audit.CheckCode,
			"fake:stablecoin ("+rec.Address.Hex()+") is recorded as DevStablecoin but does not run artifact DevStablecoin")
		if f := strings.Join(r.Check(audit.CheckCode).Notes, "\n"); !strings.Contains(f, "runs AssetToken") {
			t.Errorf("the clean report does not say what the token runs: %q", f)
		}
		if f := strings.Join(e.verify(t, rec.Block).Check(audit.CheckCode).Findings, "\n"); !strings.Contains(f, "it runs the code of ReferenceERC20") {
			t.Errorf("the finding does not name the code found: %q", f)
		}
	})

	t.Run("token built for another registry", func(t *testing.T) {
		// Byte for byte AssetToken but for a registry of the attacker's,
		// which would call every wallet verified: its immutables give it
		// away.
		rogue := e.admin.From
		tok := assettoken.NewAssetToken()
		proxy := chaintest.DeployProxyFor(t, e.c, e.admin, "AssetToken", rogue,
			tok.PackInitialize("Rogue Fund", "RGE", 6, rogue, common.Address{}, new(big.Int), e.admin.From, e.admin.From))
		head, err := e.c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		deps := &postgres.Deployments{Pool: e.pool}
		if err := deps.SaveDeployment(ctx, chain.Deployment{ChainID: e.a.ChainID, Name: "asset:RGE:token", Contract: "AssetToken",
			Address: proxy, Block: head.Number.Uint64(), BlockHash: head.Hash()}); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `DELETE FROM chain_deployments WHERE name = 'asset:RGE:token'`)
		e.sync(t)
		r := e.verify(t, head.Number.Uint64())
		c := r.Check(audit.CheckCode)
		if f := strings.Join(c.Findings, "\n"); c.Status != audit.Fail ||
			!strings.Contains(f, "asset:RGE:token (proxy "+proxy.Hex()+")") || !strings.Contains(f, "immutables differ") {
			t.Fatalf("code check of a token built for another registry: %s %q", c.Status, c.Findings)
		}
		// Its record names no creating transaction: the chain shows its
		// first Upgraded is its constructor's.
		if u := r.Check(audit.CheckUpgrades); u.Status != audit.Pass {
			t.Fatalf("upgrades check of a proxy recorded without its transaction: %s %q", u.Status, u.Findings)
		}
	})

	// Chain tampers, in order: each is judged at its own block.
	rogue, rogueID := e.mint(t, e.inv[2].From, 777, false)
	e.sync(t)
	t.Run("extra mint without a request", func(t *testing.T) {
		mustFailOnly(t, e.verify(t, rogue), audit.CheckMintRequests, "has no approved mint request")
	})
	// Later audits see the rogue mint covered, so each tamper stays alone.
	if _, err := e.pool.Exec(ctx, `INSERT INTO issuance_requests (id, asset_id, kind, wallet, amount, state, requested_by, decided_by, decided_at)
		SELECT $1, $2, 'mint', $3, 777, 'approved', 'a', 'b', now()`, rogueID, e.assetID, e.inv[2].From.Bytes()); err != nil {
		t.Fatal(err)
	}
	t.Run("burn recorded as a mint", func(t *testing.T) {
		if _, err := e.pool.Exec(ctx, `UPDATE issuance_requests SET kind = 'mint' WHERE id = $1`, e.burnID); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE issuance_requests SET kind = 'burn' WHERE id = $1`, e.burnID)
		mustFailOnly(t, e.verify(t, rogue), audit.CheckMintRequests, "Redeemed 50000 from "+e.inv[1].From.Hex())
	})
	t.Run("approved request missing on chain", func(t *testing.T) {
		id := uuid.NewString()
		e.approvedRequest(t, id, "mint", e.inv[0].From, 5, 0)
		defer e.pool.Exec(ctx, `DELETE FROM issuance_requests WHERE id = $1`, id)
		mustFailOnly(t, e.verify(t, rogue), audit.CheckMintRequests, "mint request "+issuance.OnchainRequestID(id).Hex()+" (5, wallet")
	})
	e.publish(t, big.NewInt(1000), common.HexToHash("0xbad"), rogue)
	e.sync(t)
	t.Run("wrong distribution root", func(t *testing.T) {
		mustFailOnly(t, e.verify(t, e.head(t)), audit.CheckDistributions, "distribution 2: published root")
	})

	t.Run("asset named by its issuance id", func(t *testing.T) {
		byID, err := e.verifier().Verify(ctx, e.assetID, audit.BlockSpec{Number: &b0})
		if err != nil || byID.Token != r.Token || !byID.Passed {
			t.Errorf("audit by id: %v", err)
		}
	})
	t.Run("bad input", func(t *testing.T) {
		v := e.verifier()
		future := e.head(t) + 1000
		if _, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &future}); !errors.Is(err, audit.ErrFutureBlock) {
			t.Errorf("future block: %v", err)
		}
		early := r.Scan.From - 1
		if _, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &early}); !errors.Is(err, audit.ErrBeforeDeployment) {
			t.Errorf("block before the deployment: %v", err)
		}
		if _, err := v.Verify(ctx, "NOPE", audit.BlockSpec{Tag: "latest"}); !errors.Is(err, audit.ErrUnknownAsset) {
			t.Errorf("unknown asset: %v", err)
		}
		// Each refusal carries the kind callers answer with.
		for _, tc := range []struct {
			spec   audit.BlockSpec
			symbol string
			kind   errs.Kind
			code   string
		}{
			{audit.BlockSpec{Number: &future}, "TTF", errs.Invalid, "block_in_future"},
			{audit.BlockSpec{Number: &early}, "TTF", errs.Invalid, "block_before_deployment"},
			{audit.BlockSpec{Tag: "latest"}, "NOPE", errs.NotFound, "unknown_asset"},
		} {
			_, err := v.Verify(ctx, tc.symbol, tc.spec)
			if e := errs.As(err); e == nil || e.Kind != tc.kind || e.Code != tc.code {
				t.Errorf("%s at %+v: %v, want %s %s", tc.symbol, tc.spec, err, tc.kind, tc.code)
			}
		}
		other := chaintest.NewAnvil(t, devnet.AnvilConfig{ChainID: 4242})
		v.Chain = chaintest.Dial(t, other.URL)
		_, err := v.Verify(ctx, "TTF", audit.BlockSpec{Tag: "latest"})
		if !errors.Is(err, audit.ErrWrongChain) || !strings.Contains(err.Error(), "4242") || !strings.Contains(err.Error(), e.a.ChainID.String()) ||
			errs.KindOf(err) != errs.Conflict || errs.As(err).Code != "wrong_chain" {
			t.Errorf("wrong chain: %v", err)
		}
	})

	t.Run("signed report", func(t *testing.T) {
		key := e.a.Keys[9]
		signed, err := audit.Sign(r, key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := audit.VerifySigned(signed)
		if err != nil {
			t.Fatal(err)
		}
		if got.Signer != crypto.PubkeyToAddress(key.PublicKey) || got.Report.BlockHash != r.BlockHash || len(got.Report.Checks) != len(r.Checks) {
			t.Errorf("verified signer %s, report %+v", got.Signer, got.Report)
		}
		tamperedByte(t, signed, key)
	})
}

// tamperedByte changes one byte of the block hash in a signed report and
// expects the check to fail with a clear message.
func tamperedByte(t *testing.T, signed []byte, key *ecdsa.PrivateKey) {
	t.Helper()
	i := bytes.Index(signed, []byte(`"block_hash": "0x`)) + len(`"block_hash": "0x`)
	changed := bytes.Clone(signed)
	if changed[i] == 'a' {
		changed[i] = 'b'
	} else {
		changed[i] = 'a'
	}
	_, err := audit.VerifySigned(changed)
	if !errors.Is(err, audit.ErrTampered) || !strings.Contains(err.Error(), "changed after it was signed") {
		t.Errorf("tampered report: %v", err)
	}
}

// testExports plans exports as the API, the UI and the CLI do, then
// streams each export as CSV and JSON from the indexer's tables and
// compares holders with the audited chain balances.
func testExports(t *testing.T, e *env, r *audit.Report) {
	ctx := context.Background()
	x := &audit.Exports{Records: e.records, Exporter: e.records, Index: &postgres.IndexStore{Pool: e.pool}}
	newest := e.head(t)
	planned, err := x.Plan(ctx, audit.ExportRequest{Asset: "TTF", Kind: "holders"}) // the records' only chain, the newest block
	if err != nil || planned.Asset != "TTF" || planned.Block != newest || planned.ChainID.Cmp(e.a.ChainID) != 0 || planned.Token != e.suite.FundToken.Address {
		t.Errorf("plan of the holders export: %+v, %v", planned, err)
	}
	beyond, bogus := newest+1, uint64(0)
	for _, tc := range []struct {
		req  audit.ExportRequest
		kind errs.Kind
		code string
	}{
		{audit.ExportRequest{Asset: "TTF", Kind: "secrets"}, errs.NotFound, "unknown_export"},
		{audit.ExportRequest{Asset: "NOPE", Kind: "holders"}, errs.NotFound, "unknown_asset"},
		{audit.ExportRequest{Asset: "TTF", Kind: "holders", Block: &beyond}, errs.Invalid, "block_in_future"},
		{audit.ExportRequest{Asset: "TTF", Kind: "transfers", After: "0xnope"}, errs.Invalid, "invalid_cursor"},
		{audit.ExportRequest{Asset: "TTF", Kind: "holders", After: "12:3"}, errs.Invalid, "invalid_cursor"},
		{audit.ExportRequest{Asset: "TTF", Kind: "holders", ChainID: big.NewInt(4242), Block: &bogus}, errs.NotFound, "unknown_asset"},
	} {
		_, err := x.Plan(ctx, tc.req)
		if e := errs.As(err); e == nil || e.Kind != tc.kind || e.Code != tc.code {
			t.Errorf("plan %+v: %v, want %s %s", tc.req, err, tc.kind, tc.code)
		}
	}
	if planned.Decimals == nil || *planned.Decimals != 6 || planned.FeedDecimals == nil || *planned.FeedDecimals != 8 {
		t.Fatalf("planned decimals: token %v, feed %v; want 6 and 8", planned.Decimals, planned.FeedDecimals)
	}
	q := planned
	q.Block = r.BlockNumber
	var csvOut bytes.Buffer
	w, err := audit.NewRowWriter(&csvOut, "csv", "holders")
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Run(ctx, q, w.Write); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(csvOut.String()), "\n")
	if lines[0] != "wallet,balance_units,balance_base" || len(lines) != 4 {
		t.Fatalf("holders CSV:\n%s", csvOut.String())
	}
	// alice 900,000, bob 540,000, carol 10,000 base units at the audited
	// block, in units (6 decimals) beside.
	for _, want := range []string{e.inv[0].From.Hex() + ",0.9,900000", e.inv[1].From.Hex() + ",0.54,540000", e.inv[2].From.Hex() + ",0.01,10000"} {
		if !slices.Contains(lines[1:], want) {
			t.Errorf("holders CSV lacks %q:\n%s", want, csvOut.String())
		}
	}
	counts := map[string]int{"transfers": 5, "mints": 2, "valuations": 1, "interventions": 1}
	for kind, want := range counts {
		q.Kind = kind
		var js bytes.Buffer
		w, err := audit.NewRowWriter(&js, "json", kind)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Run(ctx, q, w.Write); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		w.Close()
		var rows []map[string]string
		if err := json.Unmarshal(js.Bytes(), &rows); err != nil || len(rows) != want {
			t.Errorf("%s export: %d rows (%v), want %d:\n%s", kind, len(rows), err, want, js.String())
		}
		// Every amount in units beside its base units: the token's 6
		// decimals, the feed's 8 for a valuation's answer.
		col, dec := map[string]string{"transfers": "value", "mints": "amount", "valuations": "answer", "interventions": "amount"}[kind], uint8(6)
		if kind == "valuations" {
			dec = 8
		}
		human := col + "_units"
		if kind == "valuations" {
			human = col // a feed's answer, as the API names it
		}
		for _, row := range rows {
			base, ok := new(big.Int).SetString(row[col+"_base"], 10)
			if !ok || row[human] != units.Format(base, dec) {
				t.Errorf("%s export: %s %q beside %s_base %q", kind, human, row[human], col, row[col+"_base"])
			}
		}
	}
}

// testAPI serves the audit routes and drives them with the Go client as an
// auditor.
func testAPI(t *testing.T, e *env, r *audit.Report) {
	ctx := context.Background()
	srv := webtest.StartOn(t, e.pool, web.Config{Logger: slog.New(slog.DiscardHandler), Routes: web.AuditRoutes(web.AuditConfig{
		Verifier: e.verifier(), ChainID: e.a.ChainID,
		Exports: &audit.Exports{Records: e.records, Exporter: e.records, Index: &postgres.IndexStore{Pool: e.pool}},
	})})
	c := srv.NewClient(t, apikey.Auditor)
	got, err := c.AuditReport(ctx, "TTF", strconv.FormatUint(r.BlockNumber, 10))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Passed || got.BlockHash.Hex() != r.BlockHash || len(got.Checks) != len(r.Checks) {
		t.Errorf("API report: passed %v, block %s, %d checks", got.Passed, got.BlockHash, len(got.Checks))
	}
	var holders []string
	for row, err := range c.AuditExport(ctx, "TTF", "holders", r.BlockNumber, 1) {
		if err != nil {
			t.Fatal(err)
		}
		holders = append(holders, row["wallet"]+"="+row["balance_units"]+"/"+row["balance_base"])
	}
	if len(holders) != 3 || !slices.Contains(holders, e.inv[1].From.Hex()+"=0.54/540000") {
		t.Errorf("holders one per page: %v", holders)
	}
	n := 0
	for _, err := range c.AuditExport(ctx, "TTF", "transfers", 0, 2) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 5 {
		t.Errorf("%d transfers over pages of 2, want 5", n)
	}
	for _, bad := range []struct {
		call func() error
		code string
	}{
		{func() error { _, err := c.AuditReport(ctx, "NOPE", "latest"); return err }, "unknown_asset"},
		{func() error { _, err := c.AuditReport(ctx, "TTF", "99999999"); return err }, "block_in_future"},
		{func() error { _, err := c.AuditReport(ctx, "TTF", "soon"); return err }, "invalid_block"},
		{func() error {
			for _, err := range c.AuditExport(ctx, "TTF", "secrets", 0, 0) {
				return err
			}
			return nil
		}, "unknown_export"},
		{func() error { return c.Do(ctx, "GET", "/v1/audit/assets/TTF/exports/holders?cursor=bm9wZQ", nil, nil) }, "invalid_cursor"},
	} {
		if err := bad.call(); !client.IsCode(err, bad.code) {
			t.Errorf("want %s, got %v", bad.code, err)
		}
	}
	// The whole export as CSV, streamed.
	id, secret := srv.NewKey(t, "csv", apikey.Auditor)
	req, _ := http.NewRequest("GET", srv.URL()+"/v1/audit/assets/TTF/exports/holders?format=csv&block="+strconv.FormatUint(r.BlockNumber, 10), nil)
	if err := signing.Sign(req, id, []byte(secret), nil, time.Now(), signing.NewNonce()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		!strings.HasPrefix(string(body), "wallet,balance_units,balance_base\n") || strings.Count(string(body), "\n") != 4 {
		t.Errorf("CSV export: %d %s\n%s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var spec map[string]any
	if err := c.Do(ctx, "GET", "/v1/openapi.json", nil, &spec); err != nil {
		t.Fatal(err)
	}
	if paths, _ := spec["paths"].(map[string]any); paths["/v1/audit/assets/{asset}/report"] == nil && paths["/audit/assets/{asset}/report"] == nil {
		t.Errorf("OpenAPI lacks the audit report route: %v", slices.Collect(maps.Keys(paths)))
	}

	issuer := srv.NewClient(t, apikey.Issuer)
	if _, err := issuer.AuditReport(ctx, "TTF", "latest"); !client.IsCode(err, "missing_scope") {
		t.Errorf("issuer key on an audit route: %v", err)
	}
}

// TestAuditAttestsOnlyWhatItTraced: a check with nothing to trace is
// skipped, never passed, and the report says so; a check whose records
// claim what the chain lacks fails.
func TestAuditAttestsOnlyWhatItTraced(t *testing.T) {
	t.Parallel()
	e := newEnvOn(t, chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 20}))
	ctx := context.Background()
	b0 := e.head(t)
	// The building: a token and a feed on record, never a round on its feed.
	r, err := e.verifier().Verify(ctx, "BLDG", audit.BlockSpec{Number: &b0})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("BLDG:\n%s", dump(r))
	if c := r.Check(audit.CheckValuations); c.Status != audit.Skipped || !strings.Contains(c.Summary, "nothing to trace") {
		t.Errorf("valuations of a feed without rounds: %s %q", c.Status, c.Summary)
	}
	// The compliance log, the code and the upgrades are the chain's and
	// the platform's, not the building's: they have something to trace.
	for _, c := range r.Checks {
		shared := c.ID == audit.CheckComplianceLog || c.ID == audit.CheckCode || c.ID == audit.CheckUpgrades
		if want := audit.Skipped; !shared && c.Status != want {
			t.Errorf("check %s of a token nobody holds: %s %q, want %s", c.ID, c.Status, c.Summary, want)
		}
	}
	if !r.Passed || !slices.Contains(r.Skipped(), audit.CheckValuations) {
		t.Errorf("report passed %v, skipped %v", r.Passed, r.Skipped())
	}
	var page bytes.Buffer
	if err := audit.WriteHTML(&page, r, "", ""); err != nil {
		t.Fatal(err)
	}
	if html := page.String(); strings.Contains(html, "all checks passed") || !strings.Contains(html, "skipped, attesting nothing") {
		t.Errorf("HTML headline of a report with skipped checks:\n%s", html[:min(len(html), 1200)])
	}
	signed, err := audit.Sign(r, e.a.Keys[9])
	if err != nil {
		t.Fatal(err)
	}
	v, err := audit.VerifySigned(signed)
	if err != nil || v.Report.Version != audit.ReportVersion || v.Report.Check(audit.CheckValuations).Status != audit.Skipped {
		t.Fatalf("signed report: %+v, %v", v.Report, err)
	}

	// The records hold a confirmed push of round 7 the fund's feed never had.
	fund := e.verify(t, b0)
	if c := fund.Check(audit.CheckValuations); c.Status != audit.Pass {
		t.Fatalf("fund valuations: %s %q", c.Status, c.Summary)
	}
	var id int64
	if err := e.pool.QueryRow(ctx, `
		INSERT INTO oracle_pushes (asset, chain_id, feed, intended_round, attempt, idempotency_key, answer, observed_at, reason, calldata, state, round_id, block_number)
		VALUES ('TTF', $1, $2, 7, 0, 'test/ghost', 1, now(), 'heartbeat', '\x00', 'confirmed', 7, $3) RETURNING id`,
		e.a.ChainID.String(), e.suite.FundFeed.Address.Bytes(), int64(b0)).Scan(&id); err != nil {
		t.Fatal(err)
	}
	mustFailOnly(t, e.verify(t, b0), audit.CheckValuations, fmt.Sprintf("push %d is confirmed in the records as round 7", id))
	// At a block before it, the records do not claim it yet.
	before := b0 - 1
	if r, err := e.verifier().Verify(ctx, "TTF", audit.BlockSpec{Number: &before}); err != nil || r.Check(audit.CheckValuations).Status == audit.Fail {
		t.Errorf("audit before the push's block: %v\n%s", err, dump(r))
	}
}
