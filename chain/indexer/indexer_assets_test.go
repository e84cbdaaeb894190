package indexer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
)

func mustCall[T any](tb testing.TB, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(inst, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		tb.Fatalf("call: %v", err)
	}
	return v
}

func role(name string) [32]byte { return [32]byte(crypto.Keccak256([]byte(name))) }

func id32(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

// ensure deploys and records contract name through the Deployer, as
// `tessera dev` does, and returns its bound instance; an implementation
// that checks an identity registry is built for registry.
func (e *indexEnv) ensure(t *testing.T, name, contract string, registry common.Address, initCall []byte, c interface {
	Instance(bind.ContractBackend, common.Address) *bind.BoundContract
}) (common.Address, *bind.BoundContract) {
	t.Helper()
	ctx := context.Background()
	addr := chaintest.DeployProxyFor(t, e.client, e.owner, contract, registry, initCall)
	head, err := e.client.HeaderByNumber(ctx, nil) // anvil mines the proxy alone in the head block
	if err != nil {
		t.Fatal(err)
	}
	rec := chain.Deployment{ChainID: e.anvil.ChainID, Name: name, Contract: contract, Address: addr,
		Block: head.Number.Uint64(), BlockHash: head.Hash()}
	if err := e.deps.SaveDeployment(ctx, rec); err != nil {
		t.Fatal(err)
	}
	return addr, c.Instance(e.client, addr)
}

// Every contract kind's events end up in the reads, equal to what the
// contracts themselves report.
func TestIndexerFollowsTheAssetContracts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	admin := e.owner
	w := e.wallets // 0 admin; 1, 2 alice; 3 bob; 4 carol
	as := func(k int) *bind.TransactOpts { return chaintest.Transactor(e.anvil, e.anvil.Keys[k]) }
	now := func() uint64 {
		h, err := e.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}

	reg := identityregistry.NewIdentityRegistry()
	regAddr, regInst := e.ensure(t, "identity-registry", "IdentityRegistry", common.Address{},
		reg.PackInitialize(admin.From, admin.From), reg)
	e.mustTx(t, admin, regInst, reg.PackGrantRole(role("REGISTRAR_ROLE"), admin.From))
	expiry := now() + 365*24*3600
	for k, investor := range map[int]string{1: "alice", 2: "alice", 3: "bob", 4: "carol"} {
		e.mustTx(t, admin, regInst, reg.PackRegisterIdentity(w[k], id32(investor), 250, expiry, big.NewInt(int64(k))))
	}

	tok := assettoken.NewAssetToken()
	tokAddr, tokInst := e.ensure(t, "asset:RIV:token", "AssetToken", regAddr,
		tok.PackInitialize("Rue de Rivoli 12", "RIV", 18, regAddr, common.Address{}, big.NewInt(0), admin.From, admin.From), tok)
	for _, r := range []string{"MINTER_ROLE", "AGENT_ROLE", "DOCUMENT_ROLE"} {
		e.mustTx(t, admin, tokInst, tok.PackGrantRole(role(r), admin.From))
	}
	e.mustTx(t, admin, tokInst, tok.PackMint(w[1], big.NewInt(1_000), id32("mint-1")))
	e.mustTx(t, admin, tokInst, tok.PackMint(w[3], big.NewInt(500), id32("mint-2")))
	e.mustTx(t, as(1), tokInst, tok.PackTransfer(w[2], big.NewInt(200)))
	e.mustTx(t, admin, tokInst, tok.PackBurn(w[3], big.NewInt(100), id32("burn-1")))
	e.mustTx(t, admin, tokInst, tok.PackFreezePartialTokens(w[1], big.NewInt(300)))
	e.mustTx(t, admin, tokInst, tok.PackUnfreezePartialTokens(w[1], big.NewInt(100)))
	e.mustTx(t, admin, tokInst, tok.PackForcedTransfer(w[3], w[4], big.NewInt(50)))
	e.mustTx(t, admin, tokInst, tok.PackSetAddressFrozen(w[4], true))
	e.mustTx(t, admin, tokInst, tok.PackSetDocument(id32("prospectus"), "ipfs://v1", id32("h1")))
	e.mustTx(t, admin, tokInst, tok.PackSetDocument(id32("audit"), "ipfs://audit", id32("h2")))
	e.mustTx(t, admin, tokInst, tok.PackRemoveDocument(id32("audit")))
	e.mustTx(t, admin, tokInst, tok.PackSetDocument(id32("prospectus"), "ipfs://v2", id32("h3")))
	e.mustTx(t, admin, regInst, reg.PackUpdateCountry(w[3], 276))
	e.mustTx(t, admin, regInst, reg.PackUpdateExpiry(w[4], expiry+1))
	e.mustTx(t, admin, regInst, reg.PackDeleteIdentity(w[2]))

	deed := deedtoken.NewDeedToken()
	deedAddr, deedInst := e.ensure(t, "deeds", "DeedToken", common.Address{},
		deed.PackInitialize("Deeds", "DEED", regAddr, admin.From, admin.From), deed)
	e.mustTx(t, admin, deedInst, deed.PackGrantRole(role("MINTER_ROLE"), admin.From))
	e.mustTx(t, admin, deedInst, deed.PackMint(w[3], big.NewInt(7), "ipfs://deed-7"))
	e.mustTx(t, as(3), deedInst, deed.PackTransferFrom(w[3], w[1], big.NewInt(7)))

	feed := valuationfeed.NewValuationFeed()
	feedAddr, feedInst := e.ensure(t, "asset:RIV:feed", "ValuationFeed", common.Address{},
		feed.PackInitialize(8, "RIV / EUR", big.NewInt(1), big.NewInt(1e15), admin.From, admin.From, admin.From, admin.From), feed)
	observed := now() - 10
	e.mustTx(t, admin, feedInst, feed.PackTransmit(big.NewInt(101_00000000), observed))
	e.mustTx(t, admin, feedInst, feed.PackTransmit(big.NewInt(103_50000000), observed+5))

	dist := distributor.NewDistributor()
	distAddr, distInst := e.ensure(t, "distributor", "Distributor", common.Address{},
		dist.PackInitialize(admin.From, admin.From), dist)
	e.mustTx(t, admin, distInst, dist.PackGrantRole(role("PUBLISHER_ROLE"), admin.From))
	// The asset's treasury is funded first: publish pays out of it.
	e.mustTx(t, admin, e.inst, e.coin.PackApprove(distAddr, big.NewInt(100)))
	e.mustTx(t, admin, distInst, dist.PackFund(tokAddr, e.token.Address, big.NewInt(100)))
	// One payee: the root is the leaf and the proof is empty.
	leaf := crypto.Keccak256Hash(crypto.Keccak256(common.LeftPadBytes(w[1].Bytes(), 32), common.LeftPadBytes(big.NewInt(100).Bytes(), 32)))
	snapshot := e.head(t)
	e.mustTx(t, admin, distInst, dist.PackPublish(tokAddr, e.token.Address, big.NewInt(100), leaf, snapshot, now()+3600))
	e.mustTx(t, as(2), distInst, dist.PackClaim(big.NewInt(1), w[1], big.NewInt(100), nil))

	idx := mustIndexer(t, e.config(nil))
	mustSync(t, idx)
	id, latest := e.anvil.ChainID, chain.ViewLatest

	// Balances, per wallet and per investor, as the token counts them.
	for _, wallet := range w {
		got, err := e.store.BalanceOf(ctx, id, tokAddr, wallet, latest)
		want := mustCall(t, tokInst, tok.PackBalanceOf(wallet), tok.UnpackBalanceOf)
		if err != nil || got.Cmp(want) != 0 {
			t.Errorf("balance of %s = %v, %v; chain %s", wallet, got, err, want)
		}
	}
	invs, err := e.store.InvestorBalances(ctx, id, tokAddr, regAddr, latest)
	if err != nil || len(invs) != 3 {
		t.Fatalf("investor balances = %+v, %v", invs, err)
	}
	anchors := map[[32]byte]common.Address{id32("alice"): w[1], id32("bob"): w[3], id32("carol"): w[4]}
	for _, ib := range invs {
		want := mustCall(t, tokInst, tok.PackInvestorBalanceOf(anchors[ib.InvestorID]), tok.UnpackInvestorBalanceOf)
		if ib.Amount.Cmp(want) != 0 {
			t.Errorf("investor %s holds %s, chain %s", ib.InvestorID, ib.Amount, want)
		}
	}
	n, err := e.store.InvestorCount(ctx, id, tokAddr, regAddr, latest)
	if want := mustCall(t, tokInst, tok.PackInvestorCount(), tok.UnpackInvestorCount); err != nil || int64(n) != want.Int64() {
		t.Errorf("investor count = %d, %v; chain %s", n, err, want)
	}

	// Mints and burns with their request ids.
	mints, err := e.store.Mints(ctx, id, tokAddr, latest, nil, 10)
	if err != nil || len(mints) != 2 || mints[0].RequestID != id32("mint-1") || mints[1].Amount.Int64() != 500 {
		t.Fatalf("mints = %+v, %v", mints, err)
	}
	if m, ok, err := e.store.MintOf(ctx, id, tokAddr, id32("mint-2"), latest); err != nil || !ok || m.To != w[3] {
		t.Fatalf("MintOf(mint-2) = %+v, %v, %v", m, ok, err)
	}
	if _, ok, err := e.store.MintOf(ctx, id, tokAddr, id32("mint-9"), latest); err != nil || ok {
		t.Fatalf("MintOf(mint-9) = %v, %v", ok, err)
	}
	burns, err := e.store.Burns(ctx, id, tokAddr, latest, nil, 10)
	if err != nil || len(burns) != 1 || burns[0].RequestID != id32("burn-1") || burns[0].From != w[3] {
		t.Fatalf("burns = %+v, %v", burns, err)
	}

	// Freezes and forced transfers.
	for _, k := range []int{1, 4} {
		f, err := e.store.FreezeOf(ctx, id, tokAddr, w[k], latest)
		wantAmount := mustCall(t, tokInst, tok.PackGetFrozenTokens(w[k]), tok.UnpackGetFrozenTokens)
		wantFrozen := mustCall(t, tokInst, tok.PackIsFrozen(w[k]), tok.UnpackIsFrozen)
		if err != nil || f.Amount.Cmp(wantAmount) != 0 || f.AddressFrozen != wantFrozen {
			t.Errorf("freeze of wallet %d = %+v, %v; chain %s, %v", k, f, err, wantAmount, wantFrozen)
		}
	}
	if fs, err := e.store.Freezes(ctx, id, tokAddr, latest); err != nil || len(fs) != 2 {
		t.Errorf("freezes = %+v, %v", fs, err)
	}
	forced, err := e.store.ForcedTransfers(ctx, id, tokAddr, latest, nil, 10)
	if err != nil || len(forced) != 1 || forced[0].From != w[3] || forced[0].To != w[4] || forced[0].Amount.Int64() != 50 {
		t.Fatalf("forced transfers = %+v, %v", forced, err)
	}

	// Documents: the newest version of each, removed ones gone.
	docs, err := e.store.Documents(ctx, id, tokAddr, latest)
	if err != nil || len(docs) != 1 || docs[0].URI != "ipfs://v2" || docs[0].DocumentHash != id32("h3") {
		t.Fatalf("documents = %+v, %v", docs, err)
	}

	// Identities as the registry reports them; a deleted identity keeps
	// its investor.
	idents, err := e.store.Identities(ctx, id, regAddr, latest)
	if err != nil || len(idents) != 4 {
		t.Fatalf("identities = %+v, %v", idents, err)
	}
	for _, got := range idents {
		want := mustCall(t, regInst, reg.PackIdentityOf(got.Wallet), reg.UnpackIdentityOf)
		bound := mustCall(t, regInst, reg.PackBoundInvestorOf(got.Wallet), reg.UnpackBoundInvestorOf)
		if got.Registered != want.Registered || got.Country != want.Country || got.Expiry != want.Expiry ||
			got.Flags.Cmp(want.Flags) != 0 || got.InvestorID != bound {
			t.Errorf("identity of %s = %+v; chain %+v bound to %x", got.Wallet, got, want, bound)
		}
	}
	if got, ok, err := e.store.Identity(ctx, id, regAddr, w[3], latest); err != nil || !ok || got.Country != 276 {
		t.Errorf("identity of bob = %+v, %v, %v", got, ok, err)
	}

	// The deed: an ERC-721 transfer counts one.
	deedBal, err := e.store.BalanceOf(ctx, id, deedAddr, w[1], latest)
	if err != nil || deedBal.Int64() != 1 {
		t.Errorf("deeds of alice = %v, %v", deedBal, err)
	}
	deedMoves := e.indexedTransfers(t, chain.TransferFilter{Token: deedAddr})
	if len(deedMoves) != 2 || deedMoves[1].TokenID == nil || deedMoves[1].TokenID.Int64() != 7 {
		t.Errorf("deed transfers = %+v", deedMoves)
	}

	// Valuation rounds with their observation time.
	rounds, err := e.store.ValuationRounds(ctx, id, feedAddr, latest, nil, 10)
	if err != nil || len(rounds) != 2 {
		t.Fatalf("rounds = %+v, %v", rounds, err)
	}
	last, ok, err := e.store.LatestValuation(ctx, id, feedAddr, latest)
	if err != nil || !ok || last.RoundID.Int64() != 2 || last.Answer.Int64() != 103_50000000 ||
		!last.StartedAt.Equal(time.Unix(int64(observed+5), 0)) || last.StartedBy != admin.From || last.UpdatedAt.IsZero() {
		t.Fatalf("latest valuation = %+v, %v, %v", last, ok, err)
	}

	// The distribution and its claim.
	dists, err := e.store.Distributions(ctx, id, distAddr, latest)
	if err != nil || len(dists) != 1 || dists[0].MerkleRoot != leaf || dists[0].Asset != tokAddr || dists[0].SnapshotBlock != snapshot {
		t.Fatalf("distributions = %+v, %v", dists, err)
	}
	claims, err := e.store.Claims(ctx, id, distAddr, big.NewInt(1), latest, nil, 10)
	if err != nil || len(claims) != 1 || claims[0].Account != w[1] || claims[0].Amount.Int64() != 100 || claims[0].Reclaim {
		t.Fatalf("claims = %+v, %v", claims, err)
	}

	// Nothing is final yet on a fresh anvil (it finalizes 64 blocks deep).
	if n, err := e.store.HolderCount(ctx, id, tokAddr, chain.ViewFinalized); err != nil || n != 0 {
		t.Errorf("finalized holders = %d, %v", n, err)
	}
	if docs, err := e.store.Documents(ctx, id, tokAddr, chain.ViewFinalized); err != nil || len(docs) != 0 {
		t.Errorf("finalized documents = %+v, %v", docs, err)
	}

	// A reorganization takes every kind of event with it.
	snap := e.snapshot(t)
	e.mustTx(t, admin, tokInst, tok.PackMint(w[3], big.NewInt(5), id32("mint-3")))
	e.mustTx(t, admin, tokInst, tok.PackSetDocument(id32("terms"), "ipfs://terms", id32("h4")))
	e.mustTx(t, admin, feedInst, feed.PackTransmit(big.NewInt(99_00000000), observed+6))
	e.mustTx(t, admin, regInst, reg.PackUpdateCountry(w[1], 276))
	mustSync(t, idx)
	e.revert(t, snap)
	e.mustTx(t, admin, feedInst, feed.PackTransmit(big.NewInt(104_00000000), observed+7))
	if st := mustSync(t, idx); !st.Reorg {
		t.Fatal("reorg not noticed")
	}
	if mints, err := e.store.Mints(ctx, id, tokAddr, latest, nil, 10); err != nil || len(mints) != 2 {
		t.Errorf("mints after the reorg = %+v, %v", mints, err)
	}
	if docs, err := e.store.Documents(ctx, id, tokAddr, latest); err != nil || len(docs) != 1 {
		t.Errorf("documents after the reorg = %+v, %v", docs, err)
	}
	if last, _, err := e.store.LatestValuation(ctx, id, feedAddr, latest); err != nil || last.Answer.Int64() != 104_00000000 {
		t.Errorf("latest valuation after the reorg = %+v, %v", last, err)
	}
	if got, _, err := e.store.Identity(ctx, id, regAddr, w[1], latest); err != nil || got.Country != 250 {
		t.Errorf("identity of alice after the reorg = %+v, %v", got, err)
	}
	if b, err := e.store.BalanceOf(ctx, id, tokAddr, w[4], latest); err != nil || b.Int64() != 50 {
		t.Errorf("balance of carol after the reorg = %v, %v", b, err)
	}
}
