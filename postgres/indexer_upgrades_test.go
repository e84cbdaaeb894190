package postgres_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The upgrade trail is stored like every indexed event, streamed one event
// per timelock operation (its calls in order, with the time it may run)
// and per proxy upgrade, and taken back (streamed again as removed) by a
// rollback.
func TestIndexStoreUpgradeTrail(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.IndexStore{Pool: pgtest.NewDB(t)}
	var (
		timelock = common.HexToAddress("0x00000000000000000000000000000000000000c1")
		proxyA   = common.HexToAddress("0x00000000000000000000000000000000000000d1")
		proxyB   = common.HexToAddress("0x00000000000000000000000000000000000000d2")
		implA    = common.HexToAddress("0x00000000000000000000000000000000000000e1")
		implB    = common.HexToAddress("0x00000000000000000000000000000000000000e2")
		op       = common.Hash{0x0b, 1}
		other    = common.Hash{0x0b, 2}
	)
	b1, b2 := block(1, 0xa), block(2, 0xa)
	ref := func(b chain.IndexedBlock, i uint) chain.EventRef {
		return chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.BytesToHash([]byte{0x9, byte(b.Number)}), LogIndex: i}
	}
	call := func(r chain.EventRef, index uint64, target, impl common.Address, executed bool) chain.TimelockCall {
		c := chain.TimelockCall{EventRef: r, Timelock: timelock, Operation: op, Index: index, Target: target, Value: new(big.Int),
			Data: []byte{0x4f, 0x1e, 0xf2, 0x86}, Implementation: impl, Executed: executed}
		if !executed {
			c.Delay = big.NewInt(3600)
		}
		return c
	}
	mustApply(t, s, &chain.IndexBatch{
		Blocks: []chain.IndexedBlock{b1}, Head: 2,
		Contracts: []chain.IndexedContract{{Address: proxyA, Name: "identity-registry", Contract: "IdentityRegistry", StartBlock: 1},
			{Address: timelock, Name: "timelock", Contract: "TimelockController", StartBlock: 1}},
		TimelockCalls: []chain.TimelockCall{call(ref(b1, 0), 0, proxyA, implA, false), call(ref(b1, 1), 1, proxyB, implB, false)},
		TimelockDelays: []chain.TimelockDelayChange{{EventRef: ref(b1, 2), Timelock: timelock, Old: big.NewInt(0),
			New: big.NewInt(3600)}},
	})
	mustApply(t, s, &chain.IndexBatch{
		Parent: b1.Ref(), Blocks: []chain.IndexedBlock{b2}, Head: 2,
		TimelockCalls: []chain.TimelockCall{call(ref(b2, 1), 0, proxyA, implA, true), call(ref(b2, 3), 1, proxyB, implB, true)},
		ProxyUpgrades: []chain.ProxyUpgrade{{EventRef: ref(b2, 0), Proxy: proxyA, Implementation: implA},
			{EventRef: ref(b2, 2), Proxy: proxyB, Implementation: implB}},
		TimelockCancels: []chain.TimelockCancel{{EventRef: ref(b2, 4), Timelock: timelock, Operation: other}},
	})

	calls, err := s.TimelockCalls(ctx, idxChain, chain.ViewLatest)
	if err != nil || len(calls) != 4 {
		t.Fatalf("calls = %d, %v", len(calls), err)
	}
	if c := calls[0]; c.Executed || c.Delay.Int64() != 3600 || c.Implementation != implA || c.Target != proxyA || c.Operation != op ||
		c.Time != b1.Time || c.Predecessor != (common.Hash{}) {
		t.Errorf("scheduled call read back as %+v", c)
	}
	if c := calls[3]; !c.Executed || c.Delay != nil || c.Index != 1 || c.Implementation != implB {
		t.Errorf("executed call read back as %+v", c)
	}
	ups, err := s.ProxyUpgrades(ctx, idxChain, chain.ViewLatest)
	if err != nil || len(ups) != 2 || ups[1].Proxy != proxyB || ups[1].Implementation != implB {
		t.Fatalf("upgrades = %+v, %v", ups, err)
	}
	cancels, err := s.TimelockCancels(ctx, idxChain, chain.ViewLatest)
	if err != nil || len(cancels) != 1 || cancels[0].Operation != other {
		t.Fatalf("cancels = %+v, %v", cancels, err)
	}

	type event struct {
		Type     string
		Contract string
		Data     map[string]any
	}
	events := func() []event {
		t.Helper()
		rows, err := s.Pool.Query(ctx, `SELECT type, contract, data FROM stream_events
			WHERE type LIKE 'upgrade%' OR type = 'contract_upgraded' ORDER BY tx, id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []event
		for rows.Next() {
			var (
				e   event
				raw []byte
			)
			if err := rows.Scan(&e.Type, &e.Contract, &raw); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &e.Data); err != nil {
				t.Fatal(err)
			}
			out = append(out, e)
		}
		return out
	}
	got := events()
	var types []string
	for _, e := range got {
		types = append(types, e.Type)
	}
	want := []string{"upgrade_scheduled", "upgrade_delay_changed", "upgrade_executed", "upgrade_cancelled",
		"contract_upgraded", "contract_upgraded"}
	if len(types) != len(want) {
		t.Fatalf("stream events %v, want %v", types, want)
	}
	byType := map[string][]event{}
	for _, e := range got {
		byType[e.Type] = append(byType[e.Type], e)
	}
	for _, typ := range want {
		if len(byType[typ]) == 0 {
			t.Fatalf("no %s event in %v", typ, types)
		}
	}
	sch := byType["upgrade_scheduled"][0]
	if sch.Contract != hexLower(timelock) || sch.Data["operation"] != hexHash(op) ||
		sch.Data["ready_at"] != b1.Time.Add(3600e9).Format("2006-01-02T15:04:05+00:00") {
		t.Errorf("upgrade_scheduled: %s %v", sch.Contract, sch.Data)
	}
	cs, _ := sch.Data["calls"].([]any)
	if len(cs) != 2 {
		t.Fatalf("upgrade_scheduled calls: %v", sch.Data["calls"])
	}
	c0, c1 := cs[0].(map[string]any), cs[1].(map[string]any)
	if c0["target"] != hexLower(proxyA) || c0["name"] != "identity-registry" || c0["implementation"] != hexLower(implA) ||
		c1["target"] != hexLower(proxyB) || c1["name"] != nil || c1["implementation"] != hexLower(implB) {
		t.Errorf("upgrade_scheduled calls: %v", cs)
	}
	if ex := byType["upgrade_executed"][0]; ex.Data["ready_at"] != nil || len(ex.Data["calls"].([]any)) != 2 {
		t.Errorf("upgrade_executed: %v", ex.Data)
	}
	if up := byType["contract_upgraded"][0]; up.Contract != hexLower(proxyA) || up.Data["name"] != "identity-registry" ||
		up.Data["implementation"] != hexLower(implA) || up.Data["removed"] != false {
		t.Errorf("contract_upgraded: %s %v", up.Contract, up.Data)
	}

	// A reorganization takes block 2 back: its trail goes, streamed again as removed.
	if err := s.RollbackIndex(ctx, idxChain, &chain.BlockRef{Number: 1, Hash: b1.Hash}); err != nil {
		t.Fatal(err)
	}
	if ups, _ := s.ProxyUpgrades(ctx, idxChain, chain.ViewLatest); len(ups) != 0 {
		t.Errorf("upgrades after the rollback: %v", ups)
	}
	if calls, _ := s.TimelockCalls(ctx, idxChain, chain.ViewLatest); len(calls) != 2 {
		t.Errorf("calls after the rollback: %d", len(calls))
	}
	removed := map[string]int{}
	for _, e := range events()[len(got):] {
		if e.Data["removed"] != true {
			t.Errorf("%s after the rollback is not removed: %v", e.Type, e.Data)
		}
		removed[e.Type]++
	}
	if removed["upgrade_executed"] != 1 || removed["upgrade_cancelled"] != 1 || removed["contract_upgraded"] != 2 || len(removed) != 3 {
		t.Errorf("removed events: %v", removed)
	}
}

func hexLower(a common.Address) string { return "0x" + common.Bytes2Hex(a.Bytes()) }
func hexHash(h common.Hash) string     { return "0x" + common.Bytes2Hex(h.Bytes()) }
