package audit

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/chain"
)

// The timelock is recorded as this contract; its events are the upgrade
// trail's.
const timelockContract = "TimelockController"

var (
	upgradedID  = chain.TrailABI.Events["Upgraded"].ID
	scheduledID = chain.TrailABI.Events["CallScheduled"].ID
	executedID  = chain.TrailABI.Events["CallExecuted"].ID
	cancelledID = chain.TrailABI.Events["Cancelled"].ID
)

// logs reads the logs of addrs with one of the event ids from block from
// to the audited block, in ranges that halve when the node refuses one.
func (r *run) logs(ctx context.Context, addrs []common.Address, ids []common.Hash, from uint64) ([]types.Log, error) {
	var out []types.Log
	chunk := r.v.chunk()
	for next := from; next <= r.block; {
		end := min(next+chunk-1, r.block)
		logs, err := r.v.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(next),
			ToBlock: new(big.Int).SetUint64(end), Addresses: addrs, Topics: [][]common.Hash{ids}})
		if err != nil {
			if ctx.Err() != nil || chunk == 1 {
				return nil, fmt.Errorf("read logs %d-%d: %w", next, end, err)
			}
			chunk = max(chunk/2, 1)
			continue
		}
		out = append(out, logs...)
		next = end + 1
	}
	return out, nil
}

// operation is a timelock operation as its events tell it.
type operation struct {
	timelock  common.Address
	id        common.Hash
	scheduled *types.Log
	delay     *big.Int
	calls     []chain.TimelockCall // as scheduled
	executed  bool
	cancelled bool
}

// decodeCall decodes a CallScheduled or CallExecuted log.
func decodeCall(l *types.Log) (chain.TimelockCall, error) {
	name := "CallExecuted"
	if l.Topics[0] == scheduledID {
		name = "CallScheduled"
	}
	ev := chain.TrailABI.Events[name]
	m := map[string]any{}
	if len(l.Topics) != 3 {
		return chain.TimelockCall{}, fmt.Errorf("%s with %d topics", name, len(l.Topics))
	}
	if err := ev.Inputs.UnpackIntoMap(m, l.Data); err != nil {
		return chain.TimelockCall{}, fmt.Errorf("%s in tx %s: %w", name, l.TxHash.Hex(), err)
	}
	c := chain.TimelockCall{Timelock: l.Address, Operation: l.Topics[1], Index: new(big.Int).SetBytes(l.Topics[2].Bytes()).Uint64(),
		Executed: name == "CallExecuted"}
	c.Target, _ = m["target"].(common.Address)
	c.Value, _ = m["value"].(*big.Int)
	c.Data, _ = m["data"].([]byte)
	c.Delay, _ = m["delay"].(*big.Int)
	c.Implementation, _ = chain.UpgradeToAndCallImplementation(c.Data)
	c.EventRef = chain.EventRef{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
	return c, nil
}

// upgrades: every Upgraded event of a recorded proxy is its constructor's
// (the first, in the block that created the proxy) or came through an executed
// operation of a recorded timelock (a CallExecuted in the same transaction
// calling upgradeToAndCall of that implementation on that proxy); each
// proxy's implementation slot holds the last one; pending operations are
// listed with the time they may run.
func (r *run) upgrades(ctx context.Context) (Check, error) {
	const title = "Every implementation change of a recorded proxy came through an executed timelock operation; pending operations listed"
	if r.v.Deployments == nil {
		return skipped(CheckUpgrades, title, "no deployment records configured"), nil
	}
	c := Check{ID: CheckUpgrades, Title: title}
	deps, _, err := r.recorded(ctx)
	if err != nil {
		return c, err
	}
	proxies := map[common.Address]chain.Deployment{}
	var proxyAddrs, timelocks []common.Address
	var proxyFrom, timelockFrom uint64 = r.block + 1, r.block + 1
	for _, d := range deps {
		switch {
		case r.isProxy(d):
			proxies[d.Address] = d
			proxyAddrs = append(proxyAddrs, d.Address)
			proxyFrom = min(proxyFrom, d.Block)
		case d.Contract == timelockContract:
			timelocks = append(timelocks, d.Address)
			timelockFrom = min(timelockFrom, d.Block)
		}
	}
	if len(proxies) == 0 {
		return skipped(CheckUpgrades, title, "no proxy is recorded on this chain at this block"), nil
	}
	upgradedLogs, err := r.logs(ctx, proxyAddrs, []common.Hash{upgradedID}, proxyFrom)
	if err != nil {
		return c, err
	}
	var tlLogs []types.Log
	if len(timelocks) > 0 {
		if tlLogs, err = r.logs(ctx, timelocks, []common.Hash{scheduledID, executedID, cancelledID}, timelockFrom); err != nil {
			return c, err
		}
	}
	var f findings
	ops := map[common.Hash]*operation{}
	var order []*operation
	opOf := func(tl common.Address, id common.Hash) *operation {
		k := common.BytesToHash(append(tl.Bytes(), id.Bytes()...))
		if ops[k] == nil {
			ops[k] = &operation{timelock: tl, id: id}
			order = append(order, ops[k])
		}
		return ops[k]
	}
	executedIn := map[common.Hash][]chain.TimelockCall{} // by transaction
	for i := range tlLogs {
		l := &tlLogs[i]
		if l.Topics[0] == cancelledID {
			if len(l.Topics) == 2 {
				opOf(l.Address, l.Topics[1]).cancelled = true
			}
			continue
		}
		call, err := decodeCall(l)
		if err != nil {
			f.add("timelock %s: %v", l.Address.Hex(), err)
			continue
		}
		op := opOf(l.Address, call.Operation)
		if call.Executed {
			op.executed = true
			executedIn[l.TxHash] = append(executedIn[l.TxHash], call)
			continue
		}
		if op.scheduled == nil {
			op.scheduled, op.delay = l, call.Delay
		}
		op.calls = append(op.calls, call)
	}

	last := map[common.Address]common.Address{}
	seen := map[common.Address]bool{}
	initial, viaTimelock := 0, 0
	for i := range upgradedLogs {
		l := &upgradedLogs[i]
		if len(l.Topics) != 2 {
			f.add("proxy %s: Upgraded with %d topics in tx %s", l.Address.Hex(), len(l.Topics), l.TxHash.Hex())
			continue
		}
		d := proxies[l.Address]
		impl := common.BytesToAddress(l.Topics[1].Bytes())
		first := !seen[l.Address]
		seen[l.Address], last[l.Address] = true, impl
		if first {
			empty, err := r.emptyBefore(ctx, l.Address, l.BlockNumber)
			if err != nil {
				return c, err
			}
			if empty {
				initial++
				continue
			}
		}
		through := false
		for _, call := range executedIn[l.TxHash] {
			if call.Target == l.Address && call.Implementation == impl {
				through = true
				c.Notes = append(c.Notes, fmt.Sprintf("%s (%s) upgraded to %s in tx %s (block %d) by timelock %s, operation %s",
					d.Name, l.Address.Hex(), impl.Hex(), l.TxHash.Hex(), l.BlockNumber, call.Timelock.Hex(), call.Operation.Hex()))
				break
			}
		}
		if !through {
			f.add("%s (proxy %s) was upgraded to %s in tx %s (block %d) outside the timelock: no executed operation of a recorded timelock in that transaction calls upgradeToAndCall(%s) on it",
				d.Name, l.Address.Hex(), impl.Hex(), l.TxHash.Hex(), l.BlockNumber, impl.Hex())
			continue
		}
		viaTimelock++
	}
	for _, a := range proxyAddrs {
		impl, err := r.implementationOf(ctx, a)
		if err != nil {
			return c, err
		}
		want, ok := last[a]
		switch {
		case !ok:
			f.add("%s (proxy %s) never emitted Upgraded, yet its implementation slot holds %s", proxies[a].Name, a.Hex(), impl.Hex())
		case want != impl:
			f.add("%s (proxy %s): its implementation slot holds %s but its last Upgraded named %s", proxies[a].Name, a.Hex(), impl.Hex(), want.Hex())
		}
	}

	pending := 0
	for _, op := range order {
		if op.executed || op.cancelled || op.scheduled == nil {
			continue
		}
		pending++
		h, err := r.v.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(op.scheduled.BlockNumber))
		if err != nil {
			return c, fmt.Errorf("read block %d: %w", op.scheduled.BlockNumber, err)
		}
		ready := readyAt(h.Time, op.delay)
		state := "ready to run at the audited block"
		if ready.After(time.Unix(int64(r.blockTime), 0)) {
			state = "not ready at the audited block"
		}
		c.Notes = append(c.Notes, fmt.Sprintf("pending: operation %s of timelock %s, scheduled in tx %s (block %d): %s; may run from %s (%s)",
			op.id.Hex(), op.timelock.Hex(), op.scheduled.TxHash.Hex(), op.scheduled.BlockNumber, describeCalls(op.calls, proxies),
			ready.Format(time.RFC3339), state))
	}
	executed := 0
	for _, op := range order {
		if op.executed {
			executed++
		}
	}
	for _, tl := range timelocks {
		note, err := r.timelockGovernance(ctx, tl, timelockFrom, proxyAddrs)
		if err != nil {
			return c, err
		}
		c.Notes = append(c.Notes, note...)
	}
	c.Facts = []Fact{fact("proxies", len(proxies)), fact("timelocks", len(timelocks)), fact("Upgraded events", len(upgradedLogs)),
		fact("set by a proxy's constructor", initial), fact("through the timelock", viaTimelock),
		fact("operations executed", executed), fact("operations pending", pending)}
	c.Summary = fmt.Sprintf("%d implementation changes of %d proxies traced, %d operations pending", len(upgradedLogs), len(proxies), pending)
	f.done(&c, len(upgradedLogs)+pending, "no recorded proxy emitted Upgraded and no operation is pending")
	return c, nil
}

// emptyBefore reports whether addr held no code before block: the proxy
// was created in that block, so its first Upgraded there is its
// constructor's (an ERC-1967 proxy sets its implementation as it is
// created). The chain decides, not the record, which may lack the creating
// transaction (a token registered rather than deployed, a contract found on
// chain).
func (r *run) emptyBefore(ctx context.Context, addr common.Address, block uint64) (bool, error) {
	if block == 0 {
		return true, nil
	}
	code, err := r.v.Chain.CodeAt(ctx, addr, new(big.Int).SetUint64(block-1))
	if err != nil {
		return false, fmt.Errorf("read the code of %s at block %d: %w", addr.Hex(), block-1, err)
	}
	return len(code) == 0, nil
}

// readyAt is the timelock's rule: the scheduling block's time plus the
// delay (clamped to the year 9999).
func readyAt(blockTime uint64, delay *big.Int) time.Time {
	end := big.NewInt(253402300799)
	t := new(big.Int).SetUint64(blockTime)
	if delay != nil {
		t.Add(t, delay)
	}
	if t.Cmp(end) > 0 {
		t = end
	}
	return time.Unix(t.Int64(), 0).UTC()
}

func describeCalls(calls []chain.TimelockCall, proxies map[common.Address]chain.Deployment) string {
	sort.Slice(calls, func(i, j int) bool { return calls[i].Index < calls[j].Index })
	parts := make([]string, 0, len(calls))
	for _, call := range calls {
		target := call.Target.Hex()
		if d, ok := proxies[call.Target]; ok {
			target = d.Name + " (" + target + ")"
		}
		if call.Implementation != (common.Address{}) {
			parts = append(parts, fmt.Sprintf("upgradeToAndCall(%s) on %s", call.Implementation.Hex(), target))
			continue
		}
		sel := "0x"
		if len(call.Data) >= 4 {
			sel = common.Bytes2Hex(call.Data[:4])
		}
		parts = append(parts, fmt.Sprintf("call %s on %s", sel, target))
	}
	return strings.Join(parts, ", ")
}

// timelockGovernance describes who drives timelock tl at the audited block:
// its delay, the holders of its roles (from its RoleGranted and RoleRevoked
// events), whether anyone but itself administers it, and any proposer that
// also administers a recorded proxy (the platform's hot key proposing
// upgrades: one key could then upgrade, after the delay).
func (r *run) timelockGovernance(ctx context.Context, tl common.Address, from uint64, proxies []common.Address) ([]string, error) {
	ac, err := timelockcontroller.TimelockControllerMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	granted, revoked := ac.Events["RoleGranted"], ac.Events["RoleRevoked"]
	logs, err := r.logs(ctx, []common.Address{tl}, []common.Hash{granted.ID, revoked.ID}, from)
	if err != nil {
		return nil, err
	}
	holders := map[common.Hash]map[common.Address]bool{}
	for _, l := range logs {
		if len(l.Topics) < 3 {
			continue
		}
		role, who := l.Topics[1], common.BytesToAddress(l.Topics[2].Bytes())
		if holders[role] == nil {
			holders[role] = map[common.Address]bool{}
		}
		holders[role][who] = l.Topics[0] == granted.ID
	}
	list := func(name string) []common.Address {
		var out []common.Address
		for who, has := range holders[crypto.Keccak256Hash([]byte(name))] {
			if has {
				out = append(out, who)
			}
		}
		if name == "DEFAULT_ADMIN_ROLE" {
			out = nil
			for who, has := range holders[common.Hash{}] {
				if has {
					out = append(out, who)
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
		return out
	}
	tlc := timelockcontroller.NewTimelockController()
	out, err := r.v.Chain.CallContract(ctx, ethereum.CallMsg{To: &tl, Data: tlc.PackGetMinDelay()}, new(big.Int).SetUint64(r.block))
	if err != nil {
		return nil, fmt.Errorf("read the delay of timelock %s: %w", tl.Hex(), err)
	}
	delay, err := tlc.UnpackGetMinDelay(out)
	if err != nil {
		return nil, fmt.Errorf("read the delay of timelock %s: %w", tl.Hex(), err)
	}
	hex := func(as []common.Address) string {
		s := make([]string, len(as))
		for i, a := range as {
			s[i] = a.Hex()
		}
		return strings.Join(s, ", ")
	}
	proposers := list("PROPOSER_ROLE")
	notes := []string{fmt.Sprintf("timelock %s: delay %s; proposers %s; executors %s; cancellers %s", tl.Hex(),
		time.Duration(delay.Int64())*time.Second, hex(proposers), hex(list("EXECUTOR_ROLE")), hex(list("CANCELLER_ROLE")))}
	for _, a := range list("DEFAULT_ADMIN_ROLE") {
		if a != tl {
			notes = append(notes, fmt.Sprintf("timelock %s is also administered by %s, who can change its proposers without the delay", tl.Hex(), a.Hex()))
		}
	}
	if delay.Int64() < 24*3600 {
		notes = append(notes, fmt.Sprintf("timelock %s waits %s, under a day: a scheduled upgrade leaves little time to react", tl.Hex(), time.Duration(delay.Int64())*time.Second))
	}
	for _, p := range proposers {
		for _, proxy := range proxies {
			out, err := r.v.Chain.CallContract(ctx, ethereum.CallMsg{To: &proxy, Data: hasRoleData(common.Hash{}, p)}, new(big.Int).SetUint64(r.block))
			if err != nil || len(out) != 32 || out[31] != 1 {
				continue
			}
			notes = append(notes, fmt.Sprintf("proposer %s of timelock %s also administers proxy %s: one key proposes upgrades and operates the contracts", p.Hex(), tl.Hex(), proxy.Hex()))
			break
		}
	}
	return notes, nil
}

// hasRoleData is the calldata of AccessControl's hasRole(role, account).
func hasRoleData(role common.Hash, account common.Address) []byte {
	return timelockcontroller.NewTimelockController().PackHasRole(role, account)
}
