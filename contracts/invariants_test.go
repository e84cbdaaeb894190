package contracts_test

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestAssetTokenInvariants drives a token that counts investors through a
// seeded random sequence of mints, batch mints, transfers, transfers from,
// burns, forced transfers, recoveries, freezes, locks, registry changes
// with recounts and deleted identities, and checks after every step that the
// chain agrees with a model of balances and investors kept here: the supply
// is the sum of the balances, each investor's total (investorBalanceOf) is
// the sum of its wallets', and the investor, country and category counters
// count each investor holding units once, under the country and categories
// it was counted with (its receiving wallet's record when it entered, the
// named wallet's at a recount, unless that record is deleted); frozen
// amounts match the freezes and stay within the balance, a privileged
// debit unfreezing what it takes beyond the unfrozen balance (see debit).
// Before every transfer, mint and burn it previews the movement (detectTransferRestriction, canTransfer) on the state and at the
// time the transaction ran, and checks that the preview and the outcome agree.
//
// The run is reproducible: -invariant.seed=N (or INVARIANT_SEED=N) replays a
// seed, INVARIANT_STEPS=N runs longer; a failure names its seed and the last
// steps.
//
// What a preview does not cover, and the test therefore allows:
//   - an amount beyond the sender's balance: detectTransferRestriction
//     answers 0 (the ERC-20's own error, ERC20InsufficientBalance, is not a
//     restriction) and the transfer or burn reverts;
//   - transferFrom beyond the allowance (ERC20InsufficientAllowance), which
//     is checked before the rules;
//   - time: a preview runs at the latest block's timestamp and the
//     transaction at its own block's, so a lock that ends or vests, a
//     transfer window that restarts or a KYC expiry in between changes the
//     answer; the agreement is asserted for a preview at the transaction's
//     own time and state, and moves of the earlier preview are only counted;
//   - what only the transaction itself checks: request ids, the supply cap
//     (SupplyCapExceeded, reported as 0), a ninth running lock
//     (TooManyLocks), roles, and each later mint of a batch (which sees the
//     earlier ones);
//   - forced transfers: detectTransferRestriction previews a holder's
//     transfer, never the agent's, which skips the sender's rules.
func TestAssetTokenInvariants(t *testing.T) {
	t.Parallel()
	seed, steps := invariantConfig(t)
	r := newInvariantRun(t, seed)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("replay with -invariant.seed=%d INVARIANT_STEPS=%d; last steps:\n%s", seed, steps, r.tail(40))
		}
	})
	r.check()
	for r.step = 1; r.step <= steps; r.step++ {
		r.randomStep()
		r.check()
	}
	t.Logf("seed %d, %d steps: %s", seed, steps, r.summary())
}

var invariantSeed = flag.Int64("invariant.seed", 0, "TestAssetTokenInvariants: replay this seed (0: INVARIANT_SEED or the fixed default)")

// invariantConfig is the run's seed and length: the flag, else
// INVARIANT_SEED, else a fixed seed; INVARIANT_STEPS, else 200 steps.
func invariantConfig(tb testing.TB) (int64, int) {
	tb.Helper()
	seed := int64(20260401)
	if *invariantSeed != 0 {
		seed = *invariantSeed
	} else if s := os.Getenv("INVARIANT_SEED"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			tb.Fatalf("INVARIANT_SEED: %v", err)
		}
		seed = n
	}
	steps := 200
	if s := os.Getenv("INVARIANT_STEPS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			tb.Fatalf("INVARIANT_STEPS %q: want a positive number", s)
		}
		steps = n
	}
	return seed, steps
}

// invWallet is one wallet as the model sees it.
type invWallet struct {
	name       string
	opts       *bind.TransactOpts
	inv        int
	bound      bool // registered once: bound to its investor for good
	registered bool
	country    uint16 // its registry record (0 and no flags once deleted)
	flags      uint8
	bal        int64
	frozen     int64
	addrFrozen bool
}

// invInvestor is one investor: its wallets (the first registered is its
// anchor) and, while it holds, the country and categories it is counted
// under.
type invInvestor struct {
	name    string
	id      [32]byte
	wallets []int
	anchor  int
	country uint16
	flags   uint8
}

type invariantRun struct {
	t       *testing.T
	c       *chain
	reg     *registry
	tok     *token
	rng     *rand.Rand
	spender *bind.TransactOpts
	w       []*invWallet
	inv     []*invInvestor
	supply  int64
	step    int
	reqs    int
	trace   []string
	stats   map[string]int
}

var invCountries = []uint16{countryFR, countryDE, countryUS}

// newInvariantRun deploys a registry and a counting token and registers
// four investors with one to three wallets each (plus one spare wallet
// each, registered when a recovery needs it), with caps near the number of
// investors so that they sometimes bind.
func newInvariantRun(t *testing.T, seed int64) *invariantRun {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(seed), 0x7e55e7a))
	c := newChain(t, 17)
	r := &invariantRun{t: t, c: c, rng: rng, spender: c.signers[0], stats: map[string]int{}}
	r.reg = deployRegistry(t, c)
	next := 1
	for i := range 4 {
		name := fmt.Sprintf("investor-%c", 'A'+i)
		inv := &invInvestor{name: name, id: id32(name), anchor: -1}
		country := invCountries[rng.IntN(3)]
		flags := []uint8{0, 1, 2, 3, 5}[rng.IntN(5)]
		n := 1 + rng.IntN(3)
		for j := 0; j <= n; j++ {
			w := &invWallet{name: fmt.Sprintf("%c%d", 'A'+i, j), opts: c.signers[next], inv: i}
			next++
			if j == n {
				w.name = fmt.Sprintf("%c*", 'A'+i) // the spare
			} else {
				w.country, w.flags = country, flags
				if j > 0 && rng.IntN(5) == 0 {
					w.country = invCountries[rng.IntN(3)] // a wallet registered elsewhere
				}
				r.reg.queueRegister(t, w.opts.From, inv.name, w.country, int64(w.flags))
				w.bound, w.registered = true, true
				if inv.anchor < 0 {
					inv.anchor = len(r.w)
				}
			}
			inv.wallets = append(inv.wallets, len(r.w))
			r.w = append(r.w, w)
		}
		r.inv = append(r.inv, inv)
	}
	r.tok = deployToken(t, c, r.reg.addr, common.Address{}, 0)
	tk := r.tok.abi
	c.queue(t, c.admin, r.tok.inst, tk.PackSetInvestorCounting())
	c.flush(t)
	caps := []uint32{0, 2, 3}
	var countryCaps []uint32
	for range invCountries {
		countryCaps = append(countryCaps, caps[rng.IntN(3)])
	}
	var catCaps [9]uint32
	catCaps[0], catCaps[1], catCaps[8] = caps[rng.IntN(3)], caps[rng.IntN(3)], caps[rng.IntN(3)]
	minHolding := int64(0)
	if rng.IntN(2) == 0 {
		minHolding = 5
	}
	limit := 200 + rng.Int64N(400)
	c.queue(t, c.admin, r.tok.inst, tk.PackSetCountryCaps(invCountries, countryCaps))
	c.queue(t, c.admin, r.tok.inst, tk.PackSetCategoryCaps(catCaps))
	c.queue(t, c.admin, r.tok.inst, tk.PackSetTransferLimits([]uint32{3600}, []*big.Int{big.NewInt(limit)}))
	c.queue(t, c.admin, r.tok.inst, tk.PackSetExtendedRules(big.NewInt(minHolding), 0, 0, 0, false))
	if rng.IntN(3) == 0 {
		c.queue(t, c.admin, r.tok.inst, tk.PackSetMaxInvestors(3))
	}
	c.flush(t)
	r.logf("setup seed %d: country caps %v, category caps %v, min holding %d, window 3600 s / %d, wallets %s",
		seed, countryCaps, catCaps, minHolding, limit, r.layout())
	return r
}

func (r *invariantRun) layout() string {
	var b strings.Builder
	for _, w := range r.w {
		if w.bound {
			fmt.Fprintf(&b, "%s(%d,%d) ", w.name, w.country, w.flags)
		}
	}
	return b.String()
}

func (r *invariantRun) logf(format string, args ...any) {
	r.trace = append(r.trace, fmt.Sprintf("#%d ", r.step)+fmt.Sprintf(format, args...))
}

func (r *invariantRun) tail(n int) string {
	if len(r.trace) > n {
		return strings.Join(append([]string{r.trace[0], "..."}, r.trace[len(r.trace)-n:]...), "\n")
	}
	return strings.Join(r.trace, "\n")
}

func (r *invariantRun) fatalf(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("step %d: %s", r.step, fmt.Sprintf(format, args...))
}

func (r *invariantRun) summary() string {
	keys := make([]string, 0, len(r.stats))
	for k := range r.stats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, r.stats[k])
	}
	return b.String()
}

// --- the steps ------------------------------------------------------------------

func (r *invariantRun) randomStep() {
	steps := []struct {
		weight int
		run    func()
	}{
		{14, r.stepMint}, {4, r.stepBatchMint}, {22, r.stepTransfer}, {7, r.stepTransferFrom},
		{6, r.stepBurn}, {7, r.stepForced}, {4, r.stepRecovery}, {5, r.stepFreeze}, {3, r.stepUnfreeze},
		{2, r.stepAddressFreeze}, {5, r.stepLock}, {5, r.stepCategory}, {4, r.stepCountry},
		{2, r.stepDelete}, {2, r.stepReregister}, {2, r.stepRecount}, {4, r.stepWarp}, {2, r.stepLiquidateOnly},
		{3, r.stepExit},
	}
	total := 0
	for _, s := range steps {
		total += s.weight
	}
	n := r.rng.IntN(total)
	for _, s := range steps {
		if n < s.weight {
			s.run()
			return
		}
		n -= s.weight
	}
}

func (r *invariantRun) wallet() int { return r.rng.IntN(len(r.w)) }

// holder is mostly a wallet that holds units.
func (r *invariantRun) holder() int {
	if r.rng.IntN(10) > 0 {
		if i := r.walletWhere(func(w *invWallet) bool { return w.bal > 0 }); i >= 0 {
			return i
		}
	}
	return r.wallet()
}

// receiver is mostly a registered wallet.
func (r *invariantRun) receiver() int {
	if r.rng.IntN(8) > 0 {
		if i := r.walletWhere(func(w *invWallet) bool { return w.registered }); i >= 0 {
			return i
		}
	}
	return r.wallet()
}

// walletWhere picks a wallet that satisfies ok, or -1.
func (r *invariantRun) walletWhere(ok func(*invWallet) bool) int {
	var in []int
	for i, w := range r.w {
		if ok(w) {
			in = append(in, i)
		}
	}
	if len(in) == 0 {
		return -1
	}
	return in[r.rng.IntN(len(in))]
}

// amount is mostly within the wallet's balance, sometimes all of it,
// sometimes beyond.
func (r *invariantRun) amount(bal int64) int64 {
	switch n := r.rng.IntN(10); {
	case bal > 0 && n < 2:
		return bal
	case bal > 0 && n < 9:
		return 1 + r.rng.Int64N(bal)
	default:
		return r.rng.Int64N(bal + 60)
	}
}

func (r *invariantRun) request() [32]byte {
	r.reqs++
	return id32(fmt.Sprintf("inv-%d", r.reqs))
}

func (r *invariantRun) admin() *bind.TransactOpts { return r.c.admin }

// send sends data to inst and returns its receipt and error (the revert).
func (r *invariantRun) send(opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	r.t.Helper()
	rc, err := r.c.send(opts, inst, data)
	if rc == nil {
		r.fatalf("send: %v", err)
	}
	return rc, err
}

func (r *invariantRun) outcome(kind string, err error) string {
	if err == nil {
		r.stats[kind+".ok"]++
		return "ok"
	}
	r.stats[kind+".revert"]++
	data := revertData(err)
	if len(data) == 36 && [4]byte(data[:4]) == selector("TransferRestricted(uint8)") {
		r.stats[kind+".revert."+hexCode(data[35])]++
		return "revert TransferRestricted(" + hexCode(data[35]) + ")"
	}
	return fmt.Sprintf("revert %x", data)
}

func (r *invariantRun) stepMint() {
	to := r.receiver()
	amount := 1 + r.rng.Int64N(300)
	r.movement("mint", r.admin(), r.tok.abi.PackMint(r.w[to].opts.From, big.NewInt(amount), r.request()), -1, to, amount, 0)
}

func (r *invariantRun) stepBatchMint() {
	n := 2 + r.rng.IntN(2)
	var to []common.Address
	var idx []int
	var amounts []*big.Int
	var reqs [][32]byte
	for range n {
		i := r.receiver()
		idx = append(idx, i)
		to = append(to, r.w[i].opts.From)
		amounts = append(amounts, big.NewInt(1+r.rng.Int64N(200)))
		reqs = append(reqs, r.request())
	}
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackBatchMint(to, amounts, reqs))
	names := make([]string, n)
	for k, i := range idx {
		names[k] = fmt.Sprintf("%s:%s", r.w[i].name, amounts[k])
	}
	r.logf("batchMint %s: %s", strings.Join(names, " "), r.outcome("batchMint", err))
	if err == nil {
		for k, i := range idx {
			r.move(-1, i, amounts[k].Int64())
		}
	}
}

func (r *invariantRun) stepTransfer() {
	from, to := r.holder(), r.receiver()
	amount := r.amount(r.w[from].bal)
	r.movement("transfer", r.w[from].opts, r.tok.abi.PackTransfer(r.w[to].opts.From, big.NewInt(amount)), from, to, amount, 0)
}

func (r *invariantRun) stepTransferFrom() {
	from, to := r.holder(), r.receiver()
	amount := r.amount(r.w[from].bal)
	allowance := amount
	if r.rng.IntN(5) == 0 && amount > 0 {
		allowance = r.rng.Int64N(amount)
	}
	_, err := r.send(r.w[from].opts, r.tok.inst, r.tok.abi.PackApprove(r.spender.From, big.NewInt(allowance)))
	if err != nil {
		r.fatalf("approve: %v", err)
	}
	r.movement("transferFrom", r.spender, r.tok.abi.PackTransferFrom(r.w[from].opts.From, r.w[to].opts.From, big.NewInt(amount)), from, to, amount, allowance)
}

func (r *invariantRun) stepBurn() {
	from := r.holder()
	amount := r.amount(r.w[from].bal)
	r.movement("burn", r.admin(), r.tok.abi.PackBurn(r.w[from].opts.From, big.NewInt(amount), r.request()), from, -1, amount, 0)
}

// stepExit burns an investor's whole position, wallet by wallet, so that
// it leaves the counters (a random amount seldom takes a whole total).
func (r *invariantRun) stepExit() {
	i := r.walletWhere(func(w *invWallet) bool { return w.bal > 0 })
	if i < 0 {
		return
	}
	for _, j := range r.inv[r.w[i].inv].wallets {
		if bal := r.w[j].bal; bal > 0 {
			r.movement("burn", r.admin(), r.tok.abi.PackBurn(r.w[j].opts.From, big.NewInt(bal), r.request()), j, -1, bal, 0)
		}
	}
}

func (r *invariantRun) stepForced() {
	from, to := r.holder(), r.receiver()
	amount := r.amount(r.w[from].bal)
	r.movement("forced", r.admin(), r.tok.abi.PackForcedTransfer(r.w[from].opts.From, r.w[to].opts.From, big.NewInt(amount)), from, to, amount, 0)
}

// stepRecovery moves a wallet's whole position to another wallet of its
// investor, registering the investor's spare first when it picks it.
func (r *invariantRun) stepRecovery() {
	lost := r.walletWhere(func(w *invWallet) bool { return w.bal > 0 })
	if lost < 0 {
		return
	}
	inv := r.inv[r.w[lost].inv]
	var cands []int
	for _, i := range inv.wallets {
		if i != lost && (r.w[i].registered || !r.w[i].bound) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return
	}
	nw := cands[r.rng.IntN(len(cands))]
	if !r.w[nw].bound {
		r.register(nw, r.w[lost].country, r.w[lost].flags)
	}
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackRecoveryAddress(r.w[lost].opts.From, r.w[nw].opts.From, inv.id))
	r.logf("recover %s (%d, frozen %d) -> %s: %s", r.w[lost].name, r.w[lost].bal, r.w[lost].frozen, r.w[nw].name, r.outcome("recovery", err))
	if err != nil {
		// A ninth running lock is the only refusal left: the new wallet is registered and verified.
		wantRevert(r.t, err, "TooManyLocks(address,uint256)")
		return
	}
	l, n := r.w[lost], r.w[nw]
	if inv.anchor == lost {
		r.stats["cov.recovery.ofAnchor"]++
	}
	if l.frozen > 0 {
		r.stats["cov.recovery.withFrozen"]++
	}
	if l.addrFrozen {
		r.stats["cov.recovery.addrFrozen"]++
	}
	if n.bal > 0 {
		r.stats["cov.recovery.intoHolder"]++
	}
	n.bal += l.bal
	n.frozen += l.frozen
	n.addrFrozen = n.addrFrozen || l.addrFrozen
	l.bal, l.frozen = 0, 0
}

func (r *invariantRun) register(i int, country uint16, flags uint8) {
	w := r.w[i]
	expiry := r.c.now(r.t) + 365*24*3600
	if country == 0 {
		country = invCountries[r.rng.IntN(3)]
	}
	_, err := r.send(r.admin(), r.reg.inst, r.reg.abi.PackRegisterIdentity(w.opts.From, r.inv[w.inv].id, country, expiry, big.NewInt(int64(flags))))
	r.logf("register %s (%d,%d): %s", w.name, country, flags, r.outcome("register", err))
	if err != nil {
		r.fatalf("register %s: %v", w.name, err)
	}
	w.bound, w.registered, w.country, w.flags = true, true, country, flags
	if r.inv[w.inv].anchor < 0 {
		r.inv[w.inv].anchor = i
	}
}

func (r *invariantRun) stepFreeze() {
	i := r.walletWhere(func(w *invWallet) bool { return w.bal > w.frozen })
	if i < 0 {
		return
	}
	w := r.w[i]
	amount := 1 + r.rng.Int64N(w.bal-w.frozen)
	if r.rng.IntN(8) == 0 {
		amount = w.bal - w.frozen + 1 // beyond the balance: refused
	}
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackFreezePartialTokens(w.opts.From, big.NewInt(amount)))
	r.logf("freeze %s %d (bal %d frozen %d): %s", w.name, amount, w.bal, w.frozen, r.outcome("freeze", err))
	if w.frozen+amount > w.bal {
		wantRevert(r.t, err, "FreezeExceedsBalance(address,uint256,uint256)")
		return
	}
	if err != nil {
		r.fatalf("freeze: %v", err)
	}
	w.frozen += amount
}

func (r *invariantRun) stepUnfreeze() {
	i := r.walletWhere(func(w *invWallet) bool { return w.frozen > 0 })
	if i < 0 {
		return
	}
	w := r.w[i]
	amount := 1 + r.rng.Int64N(w.frozen)
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackUnfreezePartialTokens(w.opts.From, big.NewInt(amount)))
	r.logf("unfreeze %s %d: %s", w.name, amount, r.outcome("unfreeze", err))
	if err != nil {
		r.fatalf("unfreeze: %v", err)
	}
	w.frozen -= amount
}

func (r *invariantRun) stepAddressFreeze() {
	// Mostly unfreezing a frozen address: a frozen one blocks most steps.
	i := r.walletWhere(func(w *invWallet) bool { return w.addrFrozen })
	if i < 0 || r.rng.IntN(3) == 0 {
		i = r.wallet()
	}
	w := r.w[i]
	on := !w.addrFrozen
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackSetAddressFrozen(w.opts.From, on))
	r.logf("setAddressFrozen %s %v: %s", w.name, on, r.outcome("addressFreeze", err))
	if err != nil {
		r.fatalf("setAddressFrozen: %v", err)
	}
	w.addrFrozen = on
}

// stepLock adds a plain or a vesting lock of part of a wallet's balance.
func (r *invariantRun) stepLock() {
	i := r.walletWhere(func(w *invWallet) bool { return w.bal > 0 })
	if i < 0 {
		return
	}
	w := r.w[i]
	now := r.c.now(r.t)
	amount := 1 + r.rng.Int64N(w.bal)
	end := now + 600 + r.rng.Uint64N(6000)
	start, cliff := end, end
	if r.rng.IntN(2) == 0 {
		start, cliff = now, now+r.rng.Uint64N(end-now)
	}
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackAddLock(w.opts.From, big.NewInt(amount), start, cliff, end, reasonCourt))
	r.logf("addLock %s %d until +%d (vesting %v): %s", w.name, amount, end-now, start != end, r.outcome("lock", err))
	if err != nil {
		data := revertData(err)
		if len(data) >= 4 && [4]byte(data[:4]) == selector("TooManyLocks(address,uint256)") {
			r.stats["cov.lock.tooMany"]++
		}
		if len(data) < 4 || ([4]byte(data[:4]) != selector("LockExceedsBalance(address,uint256,uint256)") && [4]byte(data[:4]) != selector("TooManyLocks(address,uint256)")) {
			r.fatalf("addLock: %v (%x)", err, data)
		}
	}
}

// stepCategory grants or revokes a category of a registered wallet, then
// recounts one of its investor's wallets.
func (r *invariantRun) stepCategory() {
	i := r.walletWhere(func(w *invWallet) bool { return w.registered })
	if i < 0 {
		return
	}
	w := r.w[i]
	cat := uint8(r.rng.IntN(3))
	var err error
	if r.rng.IntN(2) == 0 {
		_, err = r.send(r.admin(), r.reg.inst, r.reg.abi.PackSetCategory(w.opts.From, cat, r.c.now(r.t)+365*24*3600, id32("proof")))
		w.flags |= 1 << cat
		r.logf("setCategory %s %d: %s", w.name, cat, r.outcome("setCategory", err))
	} else {
		_, err = r.send(r.admin(), r.reg.inst, r.reg.abi.PackRevokeCategory(w.opts.From, cat))
		w.flags &^= 1 << cat
		r.logf("revokeCategory %s %d: %s", w.name, cat, r.outcome("revokeCategory", err))
	}
	if err != nil {
		r.fatalf("category: %v", err)
	}
	r.recountInvestor(w.inv)
}

func (r *invariantRun) stepCountry() {
	i := r.walletWhere(func(w *invWallet) bool { return w.registered })
	if i < 0 {
		return
	}
	w := r.w[i]
	country := invCountries[r.rng.IntN(3)]
	_, err := r.send(r.admin(), r.reg.inst, r.reg.abi.PackUpdateCountry(w.opts.From, country))
	r.logf("updateCountry %s %d: %s", w.name, country, r.outcome("updateCountry", err))
	if err != nil {
		r.fatalf("updateCountry: %v", err)
	}
	w.country = country
	r.recountInvestor(w.inv)
}

func (r *invariantRun) stepDelete() {
	i := r.walletWhere(func(w *invWallet) bool { return w.registered })
	if i < 0 {
		return
	}
	w := r.w[i]
	_, err := r.send(r.admin(), r.reg.inst, r.reg.abi.PackDeleteIdentity(w.opts.From))
	r.logf("deleteIdentity %s: %s", w.name, r.outcome("deleteIdentity", err))
	if err != nil {
		r.fatalf("deleteIdentity: %v", err)
	}
	w.registered, w.country, w.flags = false, 0, 0
	if r.rng.IntN(2) == 0 {
		r.recountInvestor(w.inv)
	}
}

func (r *invariantRun) stepReregister() {
	i := r.walletWhere(func(w *invWallet) bool { return w.bound && !w.registered })
	if i < 0 {
		return
	}
	r.register(i, invCountries[r.rng.IntN(3)], []uint8{0, 1, 2}[r.rng.IntN(3)])
	if r.rng.IntN(2) == 0 {
		r.recountInvestor(r.w[i].inv)
	}
}

func (r *invariantRun) stepRecount() { r.recount(r.wallet()) }

func (r *invariantRun) recountInvestor(inv int) {
	ws := r.inv[inv].wallets
	r.recount(ws[r.rng.IntN(len(ws))])
}

// recount re-files the investor of wallet i, if it holds, under wallet
// i's own record; a wallet whose record is deleted changes nothing.
func (r *invariantRun) recount(i int) {
	w := r.w[i]
	_, err := r.send(r.spender, r.tok.inst, r.tok.abi.PackRecount(w.opts.From))
	r.logf("recount %s: %s", w.name, r.outcome("recount", err))
	if err != nil {
		r.fatalf("recount: %v", err)
	}
	if !w.bound || r.total(w.inv) == 0 {
		return
	}
	if !w.registered {
		r.stats["recount.deletedRecord"]++
		return
	}
	inv := r.inv[w.inv]
	if inv.country != w.country || inv.flags != w.flags {
		r.stats["cov.recount.moved"]++
	}
	inv.country, inv.flags = w.country, w.flags
}

func (r *invariantRun) stepWarp() {
	d := time.Duration(30+r.rng.IntN(4000)) * time.Second
	r.c.warp(r.t, d)
	r.logf("warp %s", d)
}

func (r *invariantRun) stepLiquidateOnly() {
	i := r.walletWhere(func(w *invWallet) bool { return w.bound })
	w := r.w[i]
	on := r.rng.IntN(4) == 0
	_, err := r.send(r.admin(), r.tok.inst, r.tok.abi.PackSetLiquidateOnly(w.opts.From, on))
	r.logf("setLiquidateOnly %s %v: %s", w.name, on, r.outcome("liquidateOnly", err))
	if err != nil {
		r.fatalf("setLiquidateOnly: %v", err)
	}
}

// --- movements and their previews -----------------------------------------------

// movement sends one mint (from -1), burn (to -1), transfer, transferFrom
// (allowance given) or forced transfer, checks its preview against its
// outcome, and applies it to the model.
func (r *invariantRun) movement(kind string, opts *bind.TransactOpts, data []byte, from, to int, amount, allowance int64) {
	r.t.Helper()
	var fromAddr, toAddr common.Address
	name := func(i int) string {
		if i < 0 {
			return "-"
		}
		return r.w[i].name
	}
	bal := int64(0)
	if from >= 0 {
		fromAddr, bal = r.w[from].opts.From, r.w[from].bal
	}
	if to >= 0 {
		toAddr = r.w[to].opts.From
	}
	a := big.NewInt(amount)
	preview := kind != "forced"
	var early uint8
	if preview {
		early = r.tok.detect(r.t, fromAddr, toAddr, a)
	}
	rc, err := r.send(opts, r.tok.inst, data)
	msg := r.outcome(kind, err)
	var code uint8
	if preview {
		// The preview on the state the transaction ran on, at its time.
		h, herr := r.c.client.HeaderByNumber(context.Background(), rc.BlockNumber)
		if herr != nil {
			r.fatalf("header: %v", herr)
		}
		at := new(big.Int).Sub(rc.BlockNumber, big.NewInt(1))
		code = callAt(r, at, h.Time, r.tok.abi.PackDetectTransferRestriction(fromAddr, toAddr, a), r.tok.abi.UnpackDetectTransferRestriction)
		if code != early {
			r.stats["preview.movedWithTime"]++
		}
		msg = fmt.Sprintf("%s (preview %s)", msg, hexCode(code))
		if from >= 0 && to >= 0 {
			can := callAt(r, at, h.Time, r.tok.abi.PackCanTransfer(fromAddr, toAddr, a), r.tok.abi.UnpackCanTransfer)
			if amount <= bal && can != (code == codeOK) {
				r.fatalf("%s %s->%s %d: canTransfer %v but detectTransferRestriction %s", kind, name(from), name(to), amount, can, hexCode(code))
			}
		}
	}
	r.logf("%s %s->%s %d (bal %d, frozen %d): %s", kind, name(from), name(to), amount, bal, r.walletFrozen(from), msg)

	switch {
	case kind == "transferFrom" && allowance < amount:
		wantRevert(r.t, err, "ERC20InsufficientAllowance(address,uint256,uint256)")
		r.stats["excused.allowance"]++
		return
	case preview && amount > bal && from >= 0:
		if code != codeOK {
			if got := restrictedCode(r.t, err); got != code {
				r.fatalf("%s beyond the balance reverted with %s, preview %s", kind, hexCode(got), hexCode(code))
			}
			return
		}
		wantRevert(r.t, err, "ERC20InsufficientBalance(address,uint256,uint256)")
		r.stats["excused.balance"]++
		return
	case preview && err == nil && code != codeOK:
		r.fatalf("%s %s->%s %d passed, preview %s", kind, name(from), name(to), amount, hexCode(code))
	case preview && err != nil:
		if code == codeOK {
			r.fatalf("%s %s->%s %d reverted (%x), preview 0", kind, name(from), name(to), amount, revertData(err))
		}
		r.stats["cov."+kind+".refused."+hexCode(code)]++
		if code == codeTokensFrozen {
			wantRevert(r.t, err, "ERC7943InsufficientUnfrozenBalance(address,uint256,uint256)")
		} else if got := restrictedCode(r.t, err); got != code {
			r.fatalf("%s reverted with %s, preview %s", kind, hexCode(got), hexCode(code))
		}
		return
	case err != nil:
		return // a forced transfer the receiver's rules or the balance refused
	}
	if from >= 0 && (kind == "forced" || kind == "burn") {
		r.debit(from, amount)
	}
	r.move(from, to, amount)
}

func (r *invariantRun) walletFrozen(i int) int64 {
	if i < 0 {
		return 0
	}
	return r.w[i].frozen
}

// debit follows a privileged debit's frozen units: it takes the free
// balance first, then locked units, then frozen ones, and unfreezes at
// least what it takes beyond the unfrozen balance (ERC-7943), so frozen
// units never outlast the balance it leaves.
func (r *invariantRun) debit(i int, amount int64) {
	w := r.w[i]
	got := mustCall(r.t, r.tok.inst, r.tok.abi.PackGetFrozenTokens(w.opts.From), r.tok.abi.UnpackGetFrozenTokens).Int64()
	beyond := max(amount-max(w.bal-w.frozen, 0), 0)
	if got > w.frozen-beyond || got < w.frozen-amount {
		r.fatalf("debit of %d from %s (balance %d, frozen %d): frozen %d, want from %d to %d", amount, w.name, w.bal, w.frozen, got, w.frozen-amount, w.frozen-beyond)
	}
	if got < w.frozen {
		r.stats["cov.debit.unfroze"]++
	}
	if amount > w.bal-w.frozen {
		r.stats["cov.debit.beyondUnfrozen"]++
	}
	w.frozen = got
}

// move applies a movement to the model: balances, and the investors that
// leave (their total reaches 0) or enter (from 0, counted under the
// receiving wallet's record).
func (r *invariantRun) move(from, to int, amount int64) {
	if amount == 0 {
		return
	}
	if from >= 0 {
		r.w[from].bal -= amount
	} else {
		r.supply += amount
	}
	if to >= 0 {
		r.w[to].bal += amount
	} else {
		r.supply -= amount
	}
	if from >= 0 && to >= 0 && r.w[from].inv == r.w[to].inv {
		r.stats["cov.move.sameInvestor"]++
		return
	}
	if from >= 0 && r.total(r.w[from].inv) == 0 {
		r.stats["cov.investor.leave"]++
	}
	if to >= 0 && r.total(r.w[to].inv) == amount {
		r.stats["cov.investor.enter"]++
		if r.w[to].country != r.inv[r.w[to].inv].country || r.w[to].flags != r.inv[r.w[to].inv].flags {
			r.stats["cov.investor.enterUnderOtherClass"]++
		}
	}
	if to >= 0 {
		tw := r.w[to]
		if r.total(tw.inv) == amount {
			inv := r.inv[tw.inv]
			inv.country, inv.flags = tw.country, tw.flags
		}
	}
}

func (r *invariantRun) total(inv int) int64 {
	var s int64
	for _, i := range r.inv[inv].wallets {
		s += r.w[i].bal
	}
	return s
}

// callAt runs a view on the state after block `at`, at time `time`.
func callAt[T any](r *invariantRun, at *big.Int, time uint64, data []byte, unpack func([]byte) (T, error)) T {
	r.t.Helper()
	rc := rpcClient(r.t, r.c)
	var out hexutil.Bytes
	args := map[string]any{"to": r.tok.addr, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(callGas)}
	if err := rc.CallContext(context.Background(), &out, "eth_call", args, hexutil.EncodeBig(at), nil, map[string]any{"time": hexutil.Uint64(time)}); err != nil {
		r.fatalf("eth_call at block %s: %v", at, err)
	}
	v, err := unpack(out)
	if err != nil {
		r.fatalf("unpack: %v", err)
	}
	return v
}

// rpcClient is the raw RPC client behind the simulated chain's client, for
// eth_call's block overrides, which no ethclient method takes: the
// simulated backend wraps its *ethclient.Client in a struct of its own,
// whose one field the client is.
func rpcClient(tb testing.TB, c *chain) *rpc.Client {
	tb.Helper()
	v := reflect.ValueOf(c.client)
	if v.Kind() == reflect.Struct && v.NumField() > 0 {
		if ec, ok := v.Field(0).Interface().(*ethclient.Client); ok {
			return ec.Client()
		}
	}
	tb.Fatalf("no RPC client behind %T", c.client)
	return nil
}

// --- the invariants ----------------------------------------------------------------

// check compares the chain with the model after a step.
func (r *invariantRun) check() {
	r.t.Helper()
	tk := r.tok.abi
	call := func(data []byte) *big.Int {
		return mustCall(r.t, r.tok.inst, data, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	}
	var sum int64
	for _, w := range r.w {
		bal := call(tk.PackBalanceOf(w.opts.From))
		if !bal.IsInt64() || bal.Int64() != w.bal {
			r.fatalf("balanceOf(%s) = %s, model %d", w.name, bal, w.bal)
		}
		sum += w.bal
		frozen := call(tk.PackGetFrozenTokens(w.opts.From))
		if !frozen.IsInt64() || frozen.Int64() != w.frozen {
			r.fatalf("getFrozenTokens(%s) = %s, model %d", w.name, frozen, w.frozen)
		}
		if w.frozen > w.bal {
			r.fatalf("%s: frozen %d beyond its balance %d", w.name, w.frozen, w.bal)
		}
		if f := mustCall(r.t, r.tok.inst, tk.PackIsFrozen(w.opts.From), tk.UnpackIsFrozen); f != w.addrFrozen {
			r.fatalf("isFrozen(%s) = %v, model %v", w.name, f, w.addrFrozen)
		}
		want := int64(0)
		if w.bound {
			want = r.total(w.inv)
		}
		if got := call(tk.PackInvestorBalanceOf(w.opts.From)); !got.IsInt64() || got.Int64() != want {
			r.fatalf("investorBalanceOf(%s) = %s, model %d", w.name, got, want)
		}
	}
	if sum != r.supply {
		r.fatalf("model: balances sum to %d, supply %d", sum, r.supply)
	}
	if s := call(tk.PackTotalSupply()); !s.IsInt64() || s.Int64() != sum {
		r.fatalf("totalSupply %s, balances sum to %d", s, sum)
	}

	// The counters, recounted from the model: each investor that holds, once.
	holders := int64(0)
	byCountry := map[uint16]int64{}
	var byCategory [9]int64
	for k, inv := range r.inv {
		if r.total(k) == 0 {
			continue
		}
		holders++
		byCountry[inv.country]++
		if inv.flags == 0 {
			byCategory[8]++
		}
		for b := range 8 {
			if inv.flags>>b&1 != 0 {
				byCategory[b]++
			}
		}
	}
	r.stats[fmt.Sprintf("cov.holders.%d", holders)]++
	if n := call(tk.PackInvestorCount()); !n.IsInt64() || n.Int64() != holders {
		r.fatalf("investorCount %s, %d investors hold", n, holders)
	}
	var counted int64
	for _, country := range append([]uint16{0}, invCountries...) {
		out := mustCall(r.t, r.tok.inst, tk.PackCountryInvestors(country), tk.UnpackCountryInvestors)
		if !out.Count.IsInt64() || out.Count.Int64() != byCountry[country] {
			r.fatalf("countryInvestors(%d) = %s, model %d (%s)", country, out.Count, byCountry[country], r.investors())
		}
		counted += out.Count.Int64()
	}
	if counted != holders {
		r.fatalf("countries count %d investors, %d hold", counted, holders)
	}
	cats := mustCall(r.t, r.tok.inst, tk.PackCategoryInvestors(), tk.UnpackCategoryInvestors)
	for i, n := range cats.Counts {
		if !n.IsInt64() || n.Int64() != byCategory[i] {
			r.fatalf("categoryInvestors[%d] = %s, model %d (%s)", i, n, byCategory[i], r.investors())
		}
	}
}

func (r *invariantRun) investors() string {
	var b strings.Builder
	for k, inv := range r.inv {
		fmt.Fprintf(&b, "%c total %d under (%d,%d); ", 'A'+k, r.total(k), inv.country, inv.flags)
	}
	return b.String()
}
