package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/merkle"
)

// payout is a Distributor and its payment token, the admin publishing. The
// admin also holds payment tokens and has approved the Distributor for them,
// as the platform signer did before treasuries: publish must never take them.
type payout struct {
	c        *chain
	abi      *distributor.Distributor
	inst     *bind.BoundContract
	addr     common.Address
	coin     *devstablecoin.DevStablecoin
	coinInst *bind.BoundContract
	coinAddr common.Address
}

func deployPayout(tb testing.TB, c *chain) *payout {
	tb.Helper()
	p := &payout{c: c, abi: distributor.NewDistributor(), coin: devstablecoin.NewDevStablecoin()}
	p.addr = c.queueProxy(tb, "Distributor", p.abi.PackInitialize(c.admin.From, c.admin.From))
	p.inst = p.abi.Instance(c.client, p.addr)
	p.coinAddr = c.queueDeploy(tb, devstablecoin.DevStablecoinMetaData.Bin, p.coin.PackConstructor("Tessera Dev USD", "tUSD", c.admin.From))
	p.coinInst = p.coin.Instance(c.client, p.coinAddr)
	c.queue(tb, c.admin, p.inst, p.abi.PackGrantRole(role("PUBLISHER_ROLE"), c.admin.From))
	c.queue(tb, c.admin, p.coinInst, p.coin.PackMint(c.admin.From, big.NewInt(1e15)))
	c.queue(tb, c.admin, p.coinInst, p.coin.PackApprove(p.addr, big.NewInt(1e15)))
	c.flush(tb)
	return p
}

// fund gives from amount payment tokens and has it fund asset's treasury.
func (p *payout) fund(tb testing.TB, from *bind.TransactOpts, asset common.Address, amount *big.Int) {
	tb.Helper()
	p.c.mustSend(tb, p.c.admin, p.coinInst, p.coin.PackMint(from.From, amount))
	p.c.mustSend(tb, from, p.coinInst, p.coin.PackApprove(p.addr, amount))
	before := p.treasury(tb, asset)
	r := p.c.mustSend(tb, from, p.inst, p.abi.PackFund(asset, p.coinAddr, amount))
	ev := findEvent(tb, r, p.abi.UnpackTreasuryFundedEvent)
	if ev.Asset != asset || ev.PaymentToken != p.coinAddr || ev.From != from.From || ev.Amount.Cmp(amount) != 0 {
		tb.Errorf("TreasuryFunded %+v", ev)
	}
	if got := new(big.Int).Sub(p.treasury(tb, asset), before); got.Cmp(amount) != 0 {
		tb.Errorf("funding %s credited %s", amount, got)
	}
}

func (p *payout) treasury(tb testing.TB, asset common.Address) *big.Int {
	tb.Helper()
	return mustCall(tb, p.inst, p.abi.PackTreasury(asset, p.coinAddr), p.abi.UnpackTreasury)
}

func (p *payout) tryPublish(asset common.Address, tree *merkle.Tree, total *big.Int, snapshot, deadline uint64) error {
	_, err := p.c.send(p.c.admin, p.inst, p.abi.PackPublish(asset, p.coinAddr, total, tree.Root(), snapshot, deadline))
	return err
}

// publish publishes tree's payouts for asset out of its treasury,
// claimable for an hour, and returns the distribution id.
func (p *payout) publish(tb testing.TB, asset common.Address, tree *merkle.Tree, total *big.Int, snapshot uint64) *big.Int {
	tb.Helper()
	before, held := p.treasury(tb, asset), p.coinBalance(tb, p.c.admin.From)
	r := p.c.mustSend(tb, p.c.admin, p.inst, p.abi.PackPublish(asset, p.coinAddr, total, tree.Root(), snapshot, p.c.now(tb)+3600))
	ev := findEvent(tb, r, p.abi.UnpackDistributionPublishedEvent)
	if ev.Asset != asset || ev.PaymentToken != p.coinAddr || ev.Issuer != p.c.admin.From || ev.Total.Cmp(total) != 0 ||
		ev.MerkleRoot != tree.Root() || ev.SnapshotBlock != snapshot {
		tb.Errorf("DistributionPublished %+v", ev)
	}
	if got := new(big.Int).Sub(before, p.treasury(tb, asset)); got.Cmp(total) != 0 {
		tb.Errorf("publishing %s debited the treasury by %s", total, got)
	}
	if got := p.coinBalance(tb, p.c.admin.From); got.Cmp(held) != 0 {
		tb.Errorf("publishing took %s from the publisher's own balance", new(big.Int).Sub(held, got))
	}
	return ev.Id
}

func (p *payout) claim(from *bind.TransactOpts, id *big.Int, l merkle.Leaf, proof []common.Hash) error {
	_, err := p.c.send(from, p.inst, p.abi.PackClaim(id, l.Account, l.Amount, hashes32(proof)))
	return err
}

func (p *payout) reclaim(from *bind.TransactOpts, id *big.Int) error {
	_, err := p.c.send(from, p.inst, p.abi.PackReclaim(id))
	return err
}

func (p *payout) coinBalance(tb testing.TB, who common.Address) *big.Int {
	tb.Helper()
	return mustCall(tb, p.coinInst, p.coin.PackBalanceOf(who), p.coin.UnpackBalanceOf)
}

func hashes32(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// snapshotTree builds the payout tree of pool over f's holders at the
// current block, read from the chain: alice 100, bob 100, dave 200.
func snapshotTree(t *testing.T, f *assetFixture, pool *big.Int) (*merkle.Tree, uint64) {
	t.Helper()
	snap, err := f.c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	at := &bind.CallOpts{Context: context.Background(), BlockNumber: new(big.Int).SetUint64(snap)}
	supply, err := bind.Call(f.tok.inst, at, f.tok.abi.PackTotalSupply(), f.tok.abi.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	var leaves []merkle.Leaf
	for _, holder := range []common.Address{f.alice.From, f.alice2.From, f.bob.From, f.dave.From} {
		bal, err := bind.Call(f.tok.inst, at, f.tok.abi.PackBalanceOf(holder), f.tok.abi.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Sign() > 0 {
			leaves = append(leaves, merkle.Leaf{Account: holder, Amount: new(big.Int).Div(new(big.Int).Mul(pool, bal), supply)})
		}
	}
	if len(leaves) != 3 {
		t.Fatalf("%d holders at the snapshot, want 3", len(leaves))
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tree, snap
}

// TestDistributorPaysHoldersAtSnapshot pays an asset's holders pro rata to
// their balances at a snapshot block, from a tree the Go merkle package
// builds and out of the asset's funded treasury, then walks every refusal
// and returns what was left unclaimed to the treasury.
func TestDistributorPaysHoldersAtSnapshot(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	c := f.c
	p := deployPayout(t, c)
	f.tok.mustMint(t, f.dave.From, big.NewInt(200), "mint-dave")
	pool := big.NewInt(4_000_000) // 4 tUSD
	tree, snap := snapshotTree(t, f, pool)
	// Moves after the snapshot do not change the payout.
	if err := f.transfer(f.bob, f.alice2.From, 100); err != nil {
		t.Fatal(err)
	}

	// The issuer (eve, not the publisher) funds two distributions.
	p.fund(t, f.eve, f.tok.addr, new(big.Int).Mul(pool, big.NewInt(2)))
	id := p.publish(t, f.tok.addr, tree, pool, snap)
	if got := p.coinBalance(t, p.addr); got.Cmp(new(big.Int).Mul(pool, big.NewInt(2))) != 0 {
		t.Fatalf("distributor holds %s, want the funded %s", got, new(big.Int).Mul(pool, big.NewInt(2)))
	}
	d := mustCall(t, p.inst, p.abi.PackDistribution(id), p.abi.UnpackDistribution)
	if d.Issuer != c.admin.From || d.Asset != f.tok.addr || d.MerkleRoot != tree.Root() || d.Total.Cmp(pool) != 0 || d.SnapshotBlock != snap {
		t.Errorf("distribution(%s) = %+v", id, d)
	}

	// Every holder is paid once; anyone may submit a holder's claim.
	for i := range tree.Len() {
		l := tree.Leaf(i)
		proof, _ := tree.Proof(i)
		submitter := f.carol
		if err := p.claim(submitter, id, l, proof); err != nil {
			t.Fatalf("claim of %s: %v", l.Account, err)
		}
		if got := p.coinBalance(t, l.Account); got.Cmp(l.Amount) != 0 {
			t.Errorf("%s was paid %s, want %s", l.Account, got, l.Amount)
		}
		if !mustCall(t, p.inst, p.abi.PackIsClaimed(id, l.Account), p.abi.UnpackIsClaimed) {
			t.Errorf("isClaimed(%s) = false", l.Account)
		}
		wantRevert(t, p.claim(submitter, id, l, proof), "AlreadyClaimed(uint256,address)")
	}
	if got := p.coinBalance(t, f.dave.From); got.Int64() != 2_000_000 {
		t.Errorf("dave (half the supply) was paid %s", got)
	}

	// Wrong claims.
	l0 := tree.Leaf(0)
	proof0, _ := tree.Proof(0)
	proof1, _ := tree.Proof(1)
	stranger := merkle.Leaf{Account: f.eve.From, Amount: l0.Amount}
	wantRevert(t, p.claim(f.carol, id, stranger, proof0), "InvalidProof()")
	wantRevert(t, p.claim(f.carol, big.NewInt(99), l0, proof0), "UnknownDistribution(uint256)")

	// A second distribution: wrong proof, wrong amount, then the deadline.
	id2 := p.publish(t, f.tok.addr, tree, pool, snap)
	if got := p.treasury(t, f.tok.addr); got.Sign() != 0 {
		t.Fatalf("treasury holds %s after paying out all it was funded with", got)
	}
	wantRevert(t, p.claim(f.carol, id2, tree.Leaf(0), proof1), "InvalidProof()")
	wantRevert(t, p.claim(f.carol, id2, merkle.Leaf{Account: l0.Account, Amount: new(big.Int).Add(l0.Amount, big.NewInt(1))}, proof0), "InvalidProof()")
	if err := p.claim(f.carol, id2, tree.Leaf(1), proof1); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, p.reclaim(c.admin, id2), "ClaimWindowOpen(uint256,uint64)")
	c.warp(t, 2*time.Hour)
	wantRevert(t, p.claim(f.carol, id2, l0, proof0), "ClaimWindowClosed(uint256,uint64)")

	// After the deadline anyone returns what is left to the asset's
	// treasury; nothing leaves the contract and nobody is paid.
	held, publisher, caller := p.coinBalance(t, p.addr), p.coinBalance(t, c.admin.From), p.coinBalance(t, f.carol.From)
	r := c.mustSend(t, f.carol, p.inst, p.abi.PackReclaim(id2))
	left := new(big.Int).Sub(pool, tree.Leaf(1).Amount)
	if ev := findEvent(t, r, p.abi.UnpackReclaimedEvent); ev.Amount.Cmp(left) != 0 || ev.Issuer != c.admin.From {
		t.Errorf("Reclaimed %+v, want %s", ev, left)
	}
	if got := p.treasury(t, f.tok.addr); got.Cmp(left) != 0 {
		t.Errorf("treasury holds %s after the reclaim, want the unclaimed %s", got, left)
	}
	if p.coinBalance(t, p.addr).Cmp(held) != 0 || p.coinBalance(t, c.admin.From).Cmp(publisher) != 0 || p.coinBalance(t, f.carol.From).Cmp(caller) != 0 {
		t.Error("a reclaim moved payment tokens")
	}
	wantRevert(t, p.reclaim(c.admin, id2), "AlreadyReclaimed(uint256)")
	// The first distribution was fully claimed: reclaiming it returns nothing.
	if r := c.mustSend(t, c.admin, p.inst, p.abi.PackReclaim(id)); findEvent(t, r, p.abi.UnpackReclaimedEvent).Amount.Sign() != 0 {
		t.Error("a fully claimed distribution returned funds")
	}
	// What went back to the treasury pays the next distribution.
	one, err := merkle.New([]merkle.Leaf{{Account: f.alice.From, Amount: left}})
	if err != nil {
		t.Fatal(err)
	}
	id3 := p.publish(t, f.tok.addr, one, left, snap)
	if err := p.claim(f.alice, id3, one.Leaf(0), nil); err != nil {
		t.Fatal(err)
	}
	if got := p.coinBalance(t, p.addr); got.Sign() != 0 {
		t.Errorf("the distributor keeps %s", got)
	}
}

// TestDistributorTreasury: each asset's treasury pays only that asset's
// distributions, in the payment token it was funded with; the publisher's
// own balance (and allowance) is never used.
func TestDistributorTreasury(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	c := f.c
	p := deployPayout(t, c)
	other := deployToken(t, c, f.reg.addr, common.Address{}, 0)
	c.flush(t)
	tree, snap := snapshotTree2(t, f)
	total := big.NewInt(1_000_000)
	deadline := c.now(t) + 3600
	shortfall := func(err error, asset common.Address, needed, available int64) {
		t.Helper()
		data := wantRevert(t, err, "TreasuryShortfall(address,address,uint256,uint256)")
		want := fmt.Sprintf("%x%x%x%x", common.LeftPadBytes(asset.Bytes(), 32), common.LeftPadBytes(p.coinAddr.Bytes(), 32),
			common.LeftPadBytes(big.NewInt(needed).Bytes(), 32), common.LeftPadBytes(big.NewInt(available).Bytes(), 32))
		if got := fmt.Sprintf("%x", data[4:]); got != want {
			t.Errorf("TreasuryShortfall args %s, want %s", got, want)
		}
	}

	// The publisher holds payment tokens and has approved the Distributor,
	// but the asset's treasury is empty: refused, and nothing moves.
	held := p.coinBalance(t, c.admin.From)
	if held.Cmp(total) < 0 {
		t.Fatalf("the publisher holds %s", held)
	}
	shortfall(p.tryPublish(f.tok.addr, tree, total, snap, deadline), f.tok.addr, 1_000_000, 0)
	if got := p.coinBalance(t, c.admin.From); got.Cmp(held) != 0 {
		t.Fatalf("a refused publish took %s from the publisher", new(big.Int).Sub(held, got))
	}

	// Funding: anyone, from its own wallet, with an allowance.
	wantRevert(t, func() error {
		_, err := c.send(f.bob, p.inst, p.abi.PackFund(f.tok.addr, p.coinAddr, total))
		return err
	}(), "ERC20InsufficientAllowance(address,uint256,uint256)")
	for _, tc := range []struct {
		name   string
		asset  common.Address
		token  common.Address
		amount int64
	}{
		{"no asset", common.Address{}, p.coinAddr, 10},
		{"no payment token", f.tok.addr, common.Address{}, 10},
		{"nothing", f.tok.addr, p.coinAddr, 0},
	} {
		_, err := c.send(c.admin, p.inst, p.abi.PackFund(tc.asset, tc.token, big.NewInt(tc.amount)))
		if data := revertData(err); len(data) < 4 || [4]byte(data[:4]) != selector("InvalidFunding()") {
			t.Errorf("fund with %s: revert %x (%v)", tc.name, data, err)
		}
	}
	p.fund(t, f.bob, f.tok.addr, big.NewInt(1_500_000))

	// One asset's treasury cannot pay another asset's distribution.
	shortfall(p.tryPublish(other.addr, tree, total, snap, deadline), other.addr, 1_000_000, 0)
	if got := p.treasury(t, other.addr); got.Sign() != 0 {
		t.Errorf("the other asset's treasury holds %s", got)
	}
	// Nor pay in another payment token.
	if got := mustCall(t, p.inst, p.abi.PackTreasury(f.tok.addr, f.tok.addr), p.abi.UnpackTreasury); got.Sign() != 0 {
		t.Errorf("treasury in another token: %s", got)
	}

	// Publishing debits exactly the total; the rest stays for the next one,
	// which is refused once it asks for more than is left.
	p.publish(t, f.tok.addr, tree, total, snap)
	shortfall(p.tryPublish(f.tok.addr, tree, total, snap, deadline), f.tok.addr, 1_000_000, 500_000)
	p.fund(t, f.eve, f.tok.addr, big.NewInt(500_000))
	p.publish(t, f.tok.addr, tree, total, snap)
	if got := p.treasury(t, f.tok.addr); got.Sign() != 0 {
		t.Errorf("treasury keeps %s", got)
	}
	if got := p.coinBalance(t, c.admin.From); got.Cmp(held) != 0 {
		t.Errorf("the publisher's balance moved from %s to %s", held, got)
	}
}

// snapshotTree2 is a two-payee tree (alice and bob hold 100 each) over the
// current block, with a total of 1,000,000.
func snapshotTree2(t *testing.T, f *assetFixture) (*merkle.Tree, uint64) {
	t.Helper()
	snap, err := f.c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tree, err := merkle.New([]merkle.Leaf{{Account: f.alice.From, Amount: big.NewInt(500_000)}, {Account: f.bob.From, Amount: big.NewInt(500_000)}})
	if err != nil {
		t.Fatal(err)
	}
	return tree, snap
}

// TestDistributorRefusesIneligiblePayees: a payee frozen on the asset token
// or no longer verified in its identity registry cannot claim, whatever its
// proof; once cleared, it can.
func TestDistributorRefusesIneligiblePayees(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	c := f.c
	p := deployPayout(t, c)
	f.tok.mustMint(t, f.dave.From, big.NewInt(200), "mint-dave")
	pool := big.NewInt(4_000_000)
	tree, snap := snapshotTree(t, f, pool)
	p.fund(t, f.eve, f.tok.addr, pool)
	id := p.publish(t, f.tok.addr, tree, pool, snap)

	// After the publication, bob is frozen and dave's KYC is withdrawn.
	f.admin(t, f.tok.abi.PackSetAddressFrozen(f.bob.From, true))
	c.mustSend(t, c.admin, f.reg.inst, f.reg.abi.PackDeleteIdentity(f.dave.From))
	leafOf := func(who common.Address) (merkle.Leaf, []common.Hash) {
		l, proof, ok := tree.ProofFor(who)
		if !ok {
			t.Fatalf("%s has no leaf", who)
		}
		return l, proof
	}
	bob, bobProof := leafOf(f.bob.From)
	dave, daveProof := leafOf(f.dave.From)
	alice, aliceProof := leafOf(f.alice.From)
	data := wantRevert(t, p.claim(f.carol, id, bob, bobProof), "PayeeFrozen(uint256,address)")
	if common.BytesToAddress(data[36:68]) != f.bob.From {
		t.Errorf("PayeeFrozen names %x", data[36:68])
	}
	wantRevert(t, p.claim(f.bob, id, bob, bobProof), "PayeeFrozen(uint256,address)")
	wantRevert(t, p.claim(f.carol, id, dave, daveProof), "PayeeNotVerified(uint256,address)")
	if err := p.claim(f.carol, id, alice, aliceProof); err != nil {
		t.Fatalf("alice's claim: %v", err)
	}
	for _, w := range []common.Address{f.bob.From, f.dave.From} {
		if got := p.coinBalance(t, w); got.Sign() != 0 {
			t.Errorf("%s was paid %s", w, got)
		}
	}
	// A KYC that expired is not verified either: bob, unfrozen, with his
	// identity renewed only until now, is refused once time passes.
	f.admin(t, f.tok.abi.PackSetAddressFrozen(f.bob.From, false))
	c.mustSend(t, c.admin, f.reg.inst, f.reg.abi.PackUpdateExpiry(f.bob.From, c.now(t)+60))
	c.warp(t, 2*time.Minute)
	wantRevert(t, p.claim(f.carol, id, bob, bobProof), "PayeeNotVerified(uint256,address)")
	// Cleared again, before the deadline, he is paid.
	c.mustSend(t, c.admin, f.reg.inst, f.reg.abi.PackUpdateExpiry(f.bob.From, c.now(t)+3600))
	if err := p.claim(f.carol, id, bob, bobProof); err != nil {
		t.Fatalf("bob's claim once cleared: %v", err)
	}
	if got := p.coinBalance(t, f.bob.From); got.Cmp(bob.Amount) != 0 {
		t.Errorf("bob was paid %s, want %s", got, bob.Amount)
	}
}

// TestDistributorVerifiesGoTrees claims every leaf of trees of several sizes
// on chain: the contract's MerkleProof and the Go package agree.
func TestDistributorVerifiesGoTrees(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	p := deployPayout(t, c)
	reg := deployRegistry(t, c)
	tok := deployToken(t, c, reg.addr, common.Address{}, 0)
	c.flush(t)
	for _, n := range []int{1, 2, 3, 8, 13} {
		leaves := make([]merkle.Leaf, n)
		total := new(big.Int)
		for i := range leaves {
			leaves[i] = merkle.Leaf{Account: crypto.CreateAddress(common.Address{byte(n)}, uint64(i)), Amount: big.NewInt(int64(1000 + i*17))}
			total.Add(total, leaves[i].Amount)
			reg.queueRegister(t, leaves[i].Account, fmt.Sprintf("payee-%d-%d", n, i), countryFR, 0)
		}
		c.flush(t)
		tree, err := merkle.New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		p.fund(t, c.signers[0], tok.addr, total)
		id := p.publish(t, tok.addr, tree, total, 0)
		for i := range leaves {
			proof, _ := tree.Proof(i)
			p.c.queue(t, c.signers[0], p.inst, p.abi.PackClaim(id, leaves[i].Account, leaves[i].Amount, hashes32(proof)))
		}
		c.flush(t)
		for _, l := range leaves {
			if got := p.coinBalance(t, l.Account); got.Cmp(l.Amount) != 0 {
				t.Errorf("n=%d: %s paid %s, want %s", n, l.Account, got, l.Amount)
			}
		}
	}
}

func TestDistributorRefusals(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	p := deployPayout(t, c)
	asset := common.Address{0xa5}
	tree, err := merkle.New([]merkle.Leaf{{Account: common.Address{1}, Amount: big.NewInt(10)}})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.client.BlockNumber(context.Background())
	now := c.now(t)
	cases := []struct {
		name     string
		asset    common.Address
		token    common.Address
		total    int64
		root     common.Hash
		snapshot uint64
		deadline uint64
	}{
		{"no asset", common.Address{}, p.coinAddr, 10, tree.Root(), head, now + 3600},
		{"no payment token", asset, common.Address{}, 10, tree.Root(), head, now + 3600},
		{"nothing to pay", asset, p.coinAddr, 0, tree.Root(), head, now + 3600},
		{"no root", asset, p.coinAddr, 10, common.Hash{}, head, now + 3600},
		{"snapshot in the future", asset, p.coinAddr, 10, tree.Root(), head + 100, now + 3600},
		{"deadline passed", asset, p.coinAddr, 10, tree.Root(), head, now - 1},
	}
	for _, tc := range cases {
		_, err := c.send(c.admin, p.inst, p.abi.PackPublish(tc.asset, tc.token, big.NewInt(tc.total), tc.root, tc.snapshot, tc.deadline))
		if data := revertData(err); len(data) < 4 || [4]byte(data[:4]) != selector("InvalidDistribution()") {
			t.Errorf("%s: revert %x (%v)", tc.name, data, err)
		}
	}
	stranger := c.signers[0]
	wantUnauthorized(t, c, stranger, p.inst, p.abi.PackPublish(asset, p.coinAddr, big.NewInt(10), tree.Root(), head, now+3600), "PUBLISHER_ROLE")
	wantUnauthorized(t, c, stranger, p.inst, p.abi.PackGrantRole(role("PUBLISHER_ROLE"), stranger.From), "DEFAULT_ADMIN_ROLE")
	wantRevert(t, p.reclaim(stranger, big.NewInt(1)), "UnknownDistribution(uint256)")
	if n := mustCall(t, p.inst, p.abi.PackDistributionCount(), p.abi.UnpackDistributionCount); n.Sign() != 0 {
		t.Errorf("distributionCount = %s after refusals", n)
	}
}
