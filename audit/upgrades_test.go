package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// compiledContract is an artifact of contracts/out as a test deploys it.
type compiledContract struct {
	abi  abi.ABI
	code []byte
}

// mustCompiled reads contracts/out/<name>.json, skipping the test when the
// build has no such contract (the upgradeable build is not in this tree).
func mustCompiled(t *testing.T, name string) compiledContract {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "contracts", "out", name+".json"))
	if os.IsNotExist(err) {
		t.Skipf("contracts/out has no %s: this build has no upgradeable contracts", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		t.Fatal(err)
	}
	a, err := abi.JSON(bytes.NewReader(j.ABI))
	if err != nil {
		t.Fatal(err)
	}
	return compiledContract{abi: a, code: common.FromHex(j.Bytecode)}
}

func (c compiledContract) pack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// An upgrade through the timelock is indexed, streamed and audited as
// passing; an upgrade by an EOA holding UPGRADER_ROLE (a test-only
// deployment) is a finding of the upgrades check; a proxy recorded as
// another contract than its implementation runs fails the code check.
func TestUpgradeTrail(t *testing.T) {
	t.Parallel()
	timelockC, proxyC, registryC := mustCompiled(t, "TimelockController"), mustCompiled(t, "IdentityRegistryProxy"), mustCompiled(t, "IdentityRegistry")
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 4})
	c := chaintest.Dial(t, a.URL)
	pool := pgtest.NewDB(t)
	admin, rogue := chaintest.Transactor(a, a.Keys[0]), chaintest.Transactor(a, a.Keys[1])
	deps := &postgres.Deployments{Pool: pool}
	deploy := func(name, contract string, cc compiledContract, args ...any) chain.Deployment {
		t.Helper()
		var input []byte
		if len(args) > 0 {
			var err error
			if input, err = cc.abi.Pack("", args...); err != nil {
				t.Fatal(err)
			}
		}
		return chaintest.DeployRecorded(t, c, admin, deps, a.ChainID, name, contract, append(bytes.Clone(cc.code), input...))
	}
	send := func(from *bind.TransactOpts, to common.Address, data []byte) uint64 {
		t.Helper()
		tx, err := bind.NewBoundContract(to, abi.ABI{}, c, c, c).RawTransact(from, data)
		r := chaintest.MustMined(t, c, tx, err)
		if r.Status != 1 {
			t.Fatalf("transaction to %s reverted", to.Hex())
		}
		return r.BlockNumber.Uint64()
	}

	const delay = 3600
	timelock := deploy("timelock", "TimelockController", timelockC, big.NewInt(delay), []common.Address{admin.From},
		[]common.Address{admin.From}, admin.From)
	impl1 := deploy("impl:IdentityRegistry", "IdentityRegistry", registryC)
	registry := deploy("identity-registry", "IdentityRegistry", proxyC, impl1.Address,
		registryC.pack(t, "initialize", admin.From, timelock.Address))
	// A test-only proxy whose upgrader is an EOA: it can upgrade around the timelock.
	exposed := deploy("test:exposed-registry", "IdentityRegistry", proxyC, impl1.Address,
		registryC.pack(t, "initialize", admin.From, rogue.From))
	impl2 := deploy("impl:IdentityRegistry:2", "IdentityRegistry", registryC)

	// The implementation's immutables are what its constructor writes at
	// its address: UUPSUpgradeable's __self is the implementation itself.
	code, err := c.CodeAt(ctx, impl2.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want, err := contracts.RuntimeAt("IdentityRegistry", impl2.Address, a.ChainID); err != nil || !bytes.Equal(code, want) {
		t.Fatalf("RuntimeAt(impl2) differs from the deployed code (%v)", err)
	}
	if want, _ := contracts.RuntimeAt("IdentityRegistry", impl1.Address, a.ChainID); bytes.Equal(code, want) {
		t.Fatal("RuntimeAt gives the same code at two addresses: __self is not exercised")
	}

	// The timelock way: schedule, wait out the delay, execute.
	upgrade := registryC.pack(t, "upgradeToAndCall", impl2.Address, []byte{})
	batch := func(method string, salt byte, extra ...any) []byte {
		args := append([]any{[]common.Address{registry.Address}, []*big.Int{new(big.Int)}, [][]byte{upgrade}, [32]byte{}, [32]byte{salt}}, extra...)
		return timelockC.pack(t, method, args...)
	}
	send(admin, timelock.Address, batch("scheduleBatch", 1, big.NewInt(delay)))
	if err := c.Client().Call(nil, "evm_increaseTime", delay); err != nil {
		t.Fatal(err)
	}
	send(admin, timelock.Address, batch("executeBatch", 1))
	// A second operation, left pending, and a third, cancelled.
	pendingAt := send(admin, timelock.Address, batch("scheduleBatch", 2, big.NewInt(delay)))
	send(admin, timelock.Address, batch("scheduleBatch", 3, big.NewInt(delay)))
	var cancelID [32]byte
	if err := bind.NewBoundContract(timelock.Address, timelockC.abi, c, c, c).Call(&bind.CallOpts{Context: ctx}, &[]any{&cancelID},
		"hashOperationBatch", []common.Address{registry.Address}, []*big.Int{new(big.Int)}, [][]byte{upgrade}, [32]byte{}, [32]byte{3}); err != nil {
		t.Fatal(err)
	}
	send(admin, timelock.Address, timelockC.pack(t, "cancel", cancelID))

	v := postgres.NewAuditVerifier(c, pool)
	at := func(b uint64) audit.BlockSpec { return audit.BlockSpec{Number: &b} }
	r, err := v.VerifyContracts(ctx, at(pendingAt))
	if err != nil {
		t.Fatal(err)
	}
	if !r.Passed || r.Check(audit.CheckCode).Status != audit.Pass || r.Check(audit.CheckUpgrades).Status != audit.Pass {
		t.Fatalf("audit after the timelock upgrade:\n%s", dump(r))
	}
	notes := strings.Join(append(r.Check(audit.CheckUpgrades).Notes, r.Check(audit.CheckCode).Notes...), "\n")
	for _, want := range []string{
		"identity-registry (" + registry.Address.Hex() + ") upgraded to " + impl2.Address.Hex(),
		"pending: operation",
		"upgradeToAndCall(" + impl2.Address.Hex() + ") on identity-registry",
		"identity-registry " + registry.Address.Hex() + " runs IdentityRegistryProxy (metadata Qm",
		"implementation " + impl2.Address.Hex() + " runs IdentityRegistry (metadata Qm",
		"timelock " + timelock.Address.Hex() + ": delay 1h0m0s; proposers " + admin.From.Hex(),
		"proposer " + admin.From.Hex() + " of timelock " + timelock.Address.Hex() + " also administers proxy",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("the report does not say %q:\n%s", want, notes)
		}
	}

	// Around the timelock: the EOA holding UPGRADER_ROLE upgrades its proxy.
	rogueAt := send(rogue, exposed.Address, upgrade)
	r, err = v.VerifyContracts(ctx, at(rogueAt))
	if err != nil {
		t.Fatal(err)
	}
	mustFailOnly(t, r, audit.CheckUpgrades, "test:exposed-registry (proxy "+exposed.Address.Hex()+") was upgraded to "+impl2.Address.Hex())

	// A proxy recorded as another contract than it is the proxy of: a
	// Distributor runs behind an ERC1967Proxy, not the registry's proxy.
	if _, err := pool.Exec(ctx, `UPDATE chain_deployments SET contract = 'Distributor' WHERE name = 'identity-registry'`); err != nil {
		t.Fatal(err)
	}
	r, err = v.VerifyContracts(ctx, at(pendingAt))
	if err != nil {
		t.Fatal(err)
	}
	mustFailOnly(t, r, audit.CheckCode, "identity-registry ("+registry.Address.Hex()+") is recorded as a proxy of Distributor but does not run artifact ERC1967Proxy (metadata Qm")
	if f := strings.Join(r.Check(audit.CheckCode).Findings, "\n"); !strings.Contains(f, "it runs the code of IdentityRegistryProxy (metadata Qm") {
		t.Errorf("the finding does not name the code the proxy runs: %s", f)
	}
	if _, err := pool.Exec(ctx, `UPDATE chain_deployments SET contract = 'IdentityRegistry' WHERE name = 'identity-registry'`); err != nil {
		t.Fatal(err)
	}

	testTrailIndexed(t, c, pool, a.ChainID, registry, exposed, timelock, impl1, impl2)
}

// testTrailIndexed indexes the chain and checks the trail's rows and
// stream events.
func testTrailIndexed(t *testing.T, c *ethclient.Client, pool *pgxpool.Pool, chainID *big.Int, registry, exposed, timelock, impl1, impl2 chain.Deployment) {
	ctx := context.Background()
	store := &postgres.IndexStore{Pool: pool}
	idx, err := indexer.New(indexer.Config{Client: c, Store: store, Deployments: &postgres.Deployments{Pool: pool}, ChainID: chainID,
		FinalityTag: "none"})
	if err != nil {
		t.Fatal(err)
	}
	for range 1000 {
		st, err := idx.SyncOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.CaughtUp {
			break
		}
	}
	ups, err := store.ProxyUpgrades(ctx, chainID, chain.ViewLatest)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range ups {
		got = append(got, u.Proxy.Hex()+"→"+u.Implementation.Hex())
	}
	want := []string{registry.Address.Hex() + "→" + impl1.Address.Hex(), exposed.Address.Hex() + "→" + impl1.Address.Hex(),
		registry.Address.Hex() + "→" + impl2.Address.Hex(), exposed.Address.Hex() + "→" + impl2.Address.Hex()}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("indexed upgrades\n%v\nwant\n%v", got, want)
	}
	calls, err := store.TimelockCalls(ctx, chainID, chain.ViewLatest)
	if err != nil {
		t.Fatal(err)
	}
	scheduled, executed := 0, 0
	for _, call := range calls {
		if call.Target != registry.Address || call.Implementation != impl2.Address || call.Timelock != timelock.Address {
			t.Errorf("indexed call %+v", call)
		}
		if call.Executed {
			executed++
		} else {
			scheduled++
		}
	}
	if scheduled != 3 || executed != 1 {
		t.Errorf("indexed %d scheduled and %d executed calls, want 3 and 1", scheduled, executed)
	}
	if cancels, err := store.TimelockCancels(ctx, chainID, chain.ViewLatest); err != nil || len(cancels) != 1 {
		t.Errorf("indexed cancels %v, %v", cancels, err)
	}
	counts := map[string]int{}
	rows, err := pool.Query(ctx, `SELECT type, data::text FROM stream_events ORDER BY tx, id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, data string
		if err := rows.Scan(&typ, &data); err != nil {
			t.Fatal(err)
		}
		counts[typ]++
		if typ == "upgrade_scheduled" && (!strings.Contains(data, `"implementation" : "`+strings.ToLower(impl2.Address.Hex())) ||
			!strings.Contains(data, `"name" : "identity-registry"`) || strings.Contains(data, `"ready_at" : null`)) {
			t.Errorf("upgrade_scheduled: %s", data)
		}
	}
	for typ, n := range map[string]int{"upgrade_scheduled": 3, "upgrade_executed": 1, "upgrade_cancelled": 1, "contract_upgraded": 4} {
		if counts[typ] != n {
			t.Errorf("%d %s events streamed, want %d", counts[typ], typ, n)
		}
	}
}
