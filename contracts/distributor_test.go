package contracts_test

import (
	"context"
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

// payout is a Distributor and its payment token, the admin publishing.
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
	p.addr = c.queueDeploy(tb, distributor.DistributorMetaData.Bin, p.abi.PackConstructor(c.admin.From))
	p.inst = p.abi.Instance(c.client, p.addr)
	p.coinAddr = c.queueDeploy(tb, devstablecoin.DevStablecoinMetaData.Bin, p.coin.PackConstructor("Tessera Dev USD", "tUSD", c.admin.From))
	p.coinInst = p.coin.Instance(c.client, p.coinAddr)
	c.queue(tb, c.admin, p.inst, p.abi.PackGrantRole(role("PUBLISHER_ROLE"), c.admin.From))
	c.queue(tb, c.admin, p.coinInst, p.coin.PackMint(c.admin.From, big.NewInt(1e15)))
	c.queue(tb, c.admin, p.coinInst, p.coin.PackApprove(p.addr, big.NewInt(1e15)))
	c.flush(tb)
	return p
}

// publish publishes tree's payouts for asset, claimable for an hour, and
// returns the distribution id.
func (p *payout) publish(tb testing.TB, asset common.Address, tree *merkle.Tree, total *big.Int, snapshot uint64) *big.Int {
	tb.Helper()
	r := p.c.mustSend(tb, p.c.admin, p.inst, p.abi.PackPublish(asset, p.coinAddr, total, tree.Root(), snapshot, p.c.now(tb)+3600))
	ev := findEvent(tb, r, p.abi.UnpackDistributionPublishedEvent)
	if ev.Asset != asset || ev.PaymentToken != p.coinAddr || ev.Issuer != p.c.admin.From || ev.Total.Cmp(total) != 0 ||
		ev.MerkleRoot != tree.Root() || ev.SnapshotBlock != snapshot {
		tb.Errorf("DistributionPublished %+v", ev)
	}
	return ev.Id
}

func (p *payout) claim(from *bind.TransactOpts, id *big.Int, l merkle.Leaf, proof []common.Hash) error {
	_, err := p.c.send(from, p.inst, p.abi.PackClaim(id, l.Account, l.Amount, hashes32(proof)))
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

// TestDistributorPaysHoldersAtSnapshot pays an asset's holders pro rata to
// their balances at a snapshot block, from a tree the Go merkle package
// builds, then walks every refusal.
func TestDistributorPaysHoldersAtSnapshot(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	c := f.c
	p := deployPayout(t, c)
	f.tok.mustMint(t, f.dave.From, big.NewInt(200), "mint-dave")
	snap, err := c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Moves after the snapshot do not change the payout.
	if err := f.transfer(f.bob, f.alice2.From, 100); err != nil {
		t.Fatal(err)
	}

	// Holdings at the snapshot, read from the chain: alice 100, bob 100, dave 200.
	at := &bind.CallOpts{Context: context.Background(), BlockNumber: new(big.Int).SetUint64(snap)}
	pool := big.NewInt(4_000_000) // 4 tUSD
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
	id := p.publish(t, f.tok.addr, tree, pool, snap)
	if got := p.coinBalance(t, p.addr); got.Cmp(pool) != 0 {
		t.Fatalf("distributor funded with %s, want %s", got, pool)
	}
	d := mustCall(t, p.inst, p.abi.PackDistribution(id), p.abi.UnpackDistribution)
	if d.Issuer != c.admin.From || d.Asset != f.tok.addr || d.MerkleRoot != tree.Root() || d.Total.Cmp(pool) != 0 || d.SnapshotBlock != snap {
		t.Errorf("distribution(%s) = %+v", id, d)
	}

	// Every holder is paid once; anyone may submit a holder's claim.
	for i := range leaves {
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
	wantRevert(t, p.claim(f.carol, id2, tree.Leaf(0), proof1), "InvalidProof()")
	wantRevert(t, p.claim(f.carol, id2, merkle.Leaf{Account: l0.Account, Amount: new(big.Int).Add(l0.Amount, big.NewInt(1))}, proof0), "InvalidProof()")
	if err := p.claim(f.carol, id2, tree.Leaf(1), proof1); err != nil {
		t.Fatal(err)
	}
	reclaim := func(from *bind.TransactOpts, id *big.Int) error {
		_, err := c.send(from, p.inst, p.abi.PackReclaim(id))
		return err
	}
	wantRevert(t, reclaim(c.admin, id2), "ClaimWindowOpen(uint256,uint64)")
	c.warp(t, 2*time.Hour)
	wantRevert(t, p.claim(f.carol, id2, l0, proof0), "ClaimWindowClosed(uint256,uint64)")
	wantRevert(t, reclaim(f.carol, id2), "NotIssuer(uint256,address)")
	before := p.coinBalance(t, c.admin.From)
	r := c.mustSend(t, c.admin, p.inst, p.abi.PackReclaim(id2))
	left := new(big.Int).Sub(pool, tree.Leaf(1).Amount)
	if ev := findEvent(t, r, p.abi.UnpackReclaimedEvent); ev.Amount.Cmp(left) != 0 || ev.Issuer != c.admin.From {
		t.Errorf("Reclaimed %+v, want %s", ev, left)
	}
	if got := new(big.Int).Sub(p.coinBalance(t, c.admin.From), before); got.Cmp(left) != 0 {
		t.Errorf("issuer got back %s, want %s", got, left)
	}
	wantRevert(t, reclaim(c.admin, id2), "AlreadyReclaimed(uint256)")
	// The first distribution was fully claimed: reclaiming it returns nothing.
	if r := c.mustSend(t, c.admin, p.inst, p.abi.PackReclaim(id)); findEvent(t, r, p.abi.UnpackReclaimedEvent).Amount.Sign() != 0 {
		t.Error("a fully claimed distribution returned funds")
	}
	if got := p.coinBalance(t, p.addr); got.Sign() != 0 {
		t.Errorf("the distributor keeps %s", got)
	}
}

// TestDistributorVerifiesGoTrees claims every leaf of trees of several sizes
// on chain: the contract's MerkleProof and the Go package agree.
func TestDistributorVerifiesGoTrees(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	p := deployPayout(t, c)
	for _, n := range []int{1, 2, 3, 8, 13} {
		leaves := make([]merkle.Leaf, n)
		total := new(big.Int)
		for i := range leaves {
			leaves[i] = merkle.Leaf{Account: crypto.CreateAddress(common.Address{byte(n)}, uint64(i)), Amount: big.NewInt(int64(1000 + i*17))}
			total.Add(total, leaves[i].Amount)
		}
		tree, err := merkle.New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		id := p.publish(t, common.Address{}, tree, total, 0)
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
	tree, err := merkle.New([]merkle.Leaf{{Account: common.Address{1}, Amount: big.NewInt(10)}})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.client.BlockNumber(context.Background())
	now := c.now(t)
	cases := []struct {
		name     string
		token    common.Address
		total    int64
		root     common.Hash
		snapshot uint64
		deadline uint64
	}{
		{"no payment token", common.Address{}, 10, tree.Root(), head, now + 3600},
		{"nothing to pay", p.coinAddr, 0, tree.Root(), head, now + 3600},
		{"no root", p.coinAddr, 10, common.Hash{}, head, now + 3600},
		{"snapshot in the future", p.coinAddr, 10, tree.Root(), head + 100, now + 3600},
		{"deadline passed", p.coinAddr, 10, tree.Root(), head, now - 1},
	}
	for _, tc := range cases {
		_, err := c.send(c.admin, p.inst, p.abi.PackPublish(common.Address{}, tc.token, big.NewInt(tc.total), tc.root, tc.snapshot, tc.deadline))
		if data := revertData(err); len(data) < 4 || [4]byte(data[:4]) != selector("InvalidDistribution()") {
			t.Errorf("%s: revert %x (%v)", tc.name, data, err)
		}
	}
	stranger := c.signers[0]
	wantUnauthorized(t, c, stranger, p.inst, p.abi.PackPublish(common.Address{}, p.coinAddr, big.NewInt(10), tree.Root(), head, now+3600), "PUBLISHER_ROLE")
	wantUnauthorized(t, c, stranger, p.inst, p.abi.PackGrantRole(role("PUBLISHER_ROLE"), stranger.From), "DEFAULT_ADMIN_ROLE")
	if n := mustCall(t, p.inst, p.abi.PackDistributionCount(), p.abi.UnpackDistributionCount); n.Sign() != 0 {
		t.Errorf("distributionCount = %s after refusals", n)
	}
}
