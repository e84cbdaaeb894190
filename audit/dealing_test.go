package audit_test

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/dealingtestfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/postgres"
)

var (
	deal  = dealing.NewDealing()
	tfeed = dealingtestfeed.NewDealingTestFeed()
)

var dealingChecks = []string{audit.CheckDealingFulfilment, audit.CheckDealingMints, audit.CheckDealingBalances}

// send sends data to `to` from `from` and returns the receipt.
func (e *env) send(t *testing.T, from *bind.TransactOpts, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	tx, err := bind.NewBoundContract(to, deal.GetABI(), e.c, e.c, e.c).RawTransact(from, data)
	return chaintest.MustMined(t, e.c, tx, err)
}

// warp moves the chain's clock: the next block is at least secs later.
func (e *env) warp(t *testing.T, secs int64) {
	t.Helper()
	if err := e.c.Client().Call(nil, "evm_increaseTime", secs); err != nil {
		t.Fatal(err)
	}
}

// publishDay publishes two dealing days' cut-offs on Dealing d, the first
// secs from the head's time and the next a day later, and returns them.
func (e *env) publishDay(t *testing.T, d common.Address, secs uint64) (uint64, uint64) {
	t.Helper()
	first := e.timeOf(t, e.head(t)) + secs
	e.send(t, e.admin, d, deal.PackPublishCutoffs([]uint64{first, first + 86_400}))
	return first, first + 86_400
}

// warpPast moves the chain's clock to a minute past cutoff.
func (e *env) warpPast(t *testing.T, cutoff uint64) {
	t.Helper()
	e.warp(t, max(int64(cutoff)-int64(e.timeOf(t, e.head(t))), 0)+60)
}

func (e *env) timeOf(t *testing.T, block uint64) uint64 {
	t.Helper()
	h, err := e.c.HeaderByNumber(context.Background(), new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// requestOf is the request id a request's receipt announces.
func requestOf(t *testing.T, r *types.Receipt) *big.Int {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := deal.UnpackDepositRequestEvent(l); err == nil {
			return ev.RequestId
		}
		if ev, err := deal.UnpackRedeemRequestEvent(l); err == nil {
			return ev.RequestId
		}
	}
	t.Fatal("no request event")
	return nil
}

func (e *env) view(t *testing.T, addr common.Address, data []byte) *big.Int {
	t.Helper()
	out, err := e.c.CallContract(context.Background(), ethereumCall(addr, data), nil)
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

func usd(cents int64) *big.Int { return big.NewInt(cents * 10_000) } // 6 decimals

// dealingSetup deploys a Dealing contract for the fund through the
// platform's plan, recorded as tokenization records it
// (the suite's asset:TTF:dealing), configured with every mode but wire open and a
// fee of 37 bps; the investors and the treasury hold payment and approve it.
func (e *env) dealingSetup(t *testing.T) common.Address {
	t.Helper()
	s := e.suite
	// The suite gives its treasury fund a Dealing contract (asset:TTF:dealing),
	// with the deployer as its admin, configurator and treasurer.
	d := s.FundDealing.Address
	if d == (common.Address{}) {
		t.Fatal("the suite deployed no Dealing contract for its fund")
	}
	e.tx(t, e.admin, d, deal.PackSetConfig(dealing.DealingConfig{Modes: 1 | 2 | 4 | 8, FeeBps: 37, NavTTL: 3600,
		MinDeposit: usd(100), MaxDeposit: new(big.Int), MinRedeem: big.NewInt(1), MaxRedeem: new(big.Int)}))
	max := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, o := range append([]*bind.TransactOpts{e.admin}, e.inv...) {
		e.tx(t, e.admin, s.Stablecoin.Address, coin.PackMint(o.From, usd(1_000_000)))
		e.tx(t, o, s.Stablecoin.Address, coin.PackApprove(d, max))
	}
	return d
}

// TestAuditDealing drives a dealing day through the Dealing contract on
// anvil (requests, a cancellation, the day's NAV round after the cut-off,
// fulfilment, claims, instant deals, requests of the next day still
// pending) and audits it: the three dealing checks pass. Then each tamper
// is judged at its own block: a mint outside dealing and a transfer into
// the contract do not fail dealing; a released lock and edited books do;
// an asset without a dealing contract skips the checks; a dealing day
// priced from a feed whose history lets the contract accept a round that
// is not the first after the cut-off fails the fulfilment check.
func TestAuditDealing(t *testing.T) {
	t.Parallel()
	e := newEnvOn(t, chaintest.NewAnvil(t, devnet.AnvilConfig{}))
	ctx := context.Background()
	s := e.suite
	d := e.dealingSetup(t)
	alice, bob, carol := e.inv[0], e.inv[1], e.inv[2]

	// Before any activity, the dealing checks have nothing to attest.
	r := e.verify(t, e.head(t))
	for _, id := range dealingChecks {
		if c := r.Check(id); c.Status != audit.Skipped || !strings.Contains(c.Summary, "nothing to trace") {
			t.Errorf("%s before any dealing: %s %q", id, c.Status, c.Summary)
		}
	}
	if r.Dealing != d.Hex() {
		t.Errorf("report names dealing %q, want %s", r.Dealing, d.Hex())
	}
	e.tx(t, e.admin, d, deal.PackFundReserve(usd(100_000)))
	cutoff, _ := e.publishDay(t, d, 600)

	// The day's book.
	depA := big.NewInt(1_234_567_891) // 1,234.567891 tUSD
	idA := requestOf(t, e.send(t, alice, d, deal.PackRequestDeposit(depA, alice.From, alice.From)))
	idB := requestOf(t, e.send(t, bob, d, deal.PackRequestDeposit(usd(50_000), bob.From, bob.From)))
	idC := requestOf(t, e.send(t, bob, d, deal.PackRequestDeposit(usd(25_000), bob.From, bob.From)))
	idR := requestOf(t, e.send(t, bob, d, deal.PackRequestRedeem(big.NewInt(200_000), bob.From, bob.From)))
	e.send(t, bob, d, deal.PackCancelDepositRequest(idB, bob.From))
	e.send(t, bob, d, deal.PackClaimCancelDepositRequest(idB, bob.From, bob.From))
	e.send(t, bob, d, deal.PackCancelDepositRequest(idC, bob.From)) // its payment stays until claimed

	// The day's NAV is observed after the cut-off; the day is priced at it.
	e.warpPast(t, cutoff)
	nav := int64(101_234_567)
	roundBlock := e.tx(t, e.admin, s.FundFeed.Address, feed.PackTransmit(big.NewInt(nav), cutoff+30))
	e.recordPush(t, 2, nav, cutoff+30, roundBlock)
	e.send(t, e.admin, d, deal.PackFulfil(cutoff, big.NewInt(2), []*big.Int{idA, idR}))

	// Claims: alice in two parts, bob's redemption; instant deals by carol.
	e.send(t, alice, d, deal.PackDeposit(big.NewInt(617_283_945), alice.From, alice.From))
	rest := e.view(t, d, deal.PackMaxDeposit(alice.From))
	e.send(t, alice, d, deal.PackDeposit(rest, alice.From, alice.From))
	e.send(t, bob, d, deal.PackRedeem(big.NewInt(200_000), bob.From, bob.From))
	e.send(t, carol, d, deal.PackSubscribe(usd(10_000), new(big.Int)))
	e.send(t, carol, d, deal.PackRedeemInstant(big.NewInt(40_000), new(big.Int)))
	e.send(t, e.admin, d, deal.PackWithdrawFees(e.admin.From))
	// The next day's requests, pending at the audit.
	e.send(t, alice, d, deal.PackRequestDeposit(usd(30_000), alice.From, alice.From))
	idNext := requestOf(t, e.send(t, alice, d, deal.PackRequestRedeem(big.NewInt(100_000), alice.From, alice.From)))
	e.sync(t)

	day := e.head(t)
	r = e.verify(t, day)
	if !r.Passed {
		t.Fatalf("clean dealing day failed:\n%s", dump(r))
	}
	for _, id := range append(dealingChecks, audit.CheckMintRequests, audit.CheckSupply, audit.CheckValuations) {
		if c := r.Check(id); c.Status != audit.Pass {
			t.Errorf("check %s is %s (%s), want pass", id, c.Status, c.Summary)
		}
	}
	wantShares := new(big.Int).Div(new(big.Int).Mul(depA, big.NewInt(1e14)), new(big.Int).Mul(big.NewInt(nav), big.NewInt(1e6)))
	mints := r.Check(audit.CheckDealingMints)
	wantFacts(t, mints, map[string]string{"units minted by claims": wantShares.String(), "units of fulfilled deposits": wantShares.String(),
		"units burned by fulfilled redeems": "200000", "units burned by instant redemptions": "40000", "mints and burns traced": "5"})
	wantFacts(t, r.Check(audit.CheckDealingFulfilment), map[string]string{"requests fulfilled": "2", "instant deals": "2",
		"rounds read from": "the feed's NewRound and AnswerUpdated events"})
	wantFacts(t, r.Check(audit.CheckDealingBalances), map[string]string{"escrowed()": usd(30_000).String(),
		"cancelledAssets()": usd(25_000).String(), "fees()": "0", "open requests": "3"})
	if f := factOf(r.Check(audit.CheckMintRequests), "the dealing contract's mints and burns (see dealing-mints)"); f != "5" {
		t.Errorf("mint-requests counts %q of the dealing contract's events, want 5", f)
	}
	t.Logf("clean day:\n%s", dump(r))

	t.Run("resumed scan", func(t *testing.T) {
		// The dealing events survive a checkpoint: a scan resumed from one
		// reaches the same verdicts and figures.
		v := e.verifier()
		v.Checkpoints = audit.DirCheckpoints(t.TempDir())
		mid := day - 3
		if _, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &mid}); err != nil {
			t.Fatal(err)
		}
		again, err := v.Verify(ctx, "TTF", audit.BlockSpec{Number: &day})
		if err != nil {
			t.Fatal(err)
		}
		if again.Scan.ResumedAt != mid+1 || !again.Passed {
			t.Fatalf("resumed at %d, passed %v:\n%s", again.Scan.ResumedAt, again.Passed, dump(again))
		}
		for _, id := range dealingChecks {
			if got, want := fmt.Sprint(again.Check(id).Facts), fmt.Sprint(r.Check(id).Facts); got != want {
				t.Errorf("%s after a resumed scan: %s, want %s", id, got, want)
			}
		}
	})
	t.Run("mint outside dealing", func(t *testing.T) {
		// The platform's minter mints to an investor through issuance: not
		// dealing's, which still adds up; issuance's check accounts for it.
		b, _ := e.mint(t, alice.From, 4_242, true)
		e.sync(t)
		r := e.verify(t, b)
		if !r.Passed {
			t.Fatalf("a mint outside dealing failed the audit:\n%s", dump(r))
		}
		wantFacts(t, r.Check(audit.CheckDealingMints), map[string]string{"units minted by claims": wantShares.String(), "mints and burns traced": "5"})
		if c := r.Check(audit.CheckMintRequests); c.Status != audit.Pass {
			t.Errorf("mint-requests: %s %q", c.Status, c.Findings)
		}
	})
	t.Run("payment sent to the contract", func(t *testing.T) {
		// A surplus is listed, not failed: anyone can send tokens anywhere.
		b := e.tx(t, carol, s.Stablecoin.Address, coin.PackTransfer(d, big.NewInt(5)))
		e.sync(t)
		r := e.verify(t, b)
		c := r.Check(audit.CheckDealingBalances)
		if !r.Passed || c.Status != audit.Pass || !strings.Contains(strings.Join(c.Notes, "\n"), "holds 5 of payment more than it accounts for") {
			t.Fatalf("surplus: %s %q %q\n%s", c.Status, c.Findings, c.Notes, dump(r))
		}
	})
	t.Run("locked units released", func(t *testing.T) {
		// An agent unfreezes the units alice's pending redeem locked.
		b := e.tx(t, e.admin, s.FundToken.Address, tok.PackUnfreezePartialTokens(alice.From, big.NewInt(60_000)))
		defer e.tx(t, e.admin, s.FundToken.Address, tok.PackFreezePartialTokens(alice.From, big.NewInt(60_000)))
		e.sync(t)
		mustFailOnly(t, e.verify(t, b), audit.CheckDealingBalances,
			fmt.Sprintf("%s: redeem requests [%s] lock 100000 units, but the token freezes only 40000", alice.From.Hex(), idNext))
	})
	t.Run("books edited", func(t *testing.T) {
		// fees() is the low half of the contract's eighth storage slot:
		// raise it by 1,000 as a faulty upgrade might.
		slot := common.BigToHash(new(big.Int).Add(common.HexToHash("0x5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e9764220000").Big(), big.NewInt(7)))
		was, err := e.c.StorageAt(ctx, d, slot, nil)
		if err != nil {
			t.Fatal(err)
		}
		set := func(v []byte) {
			if err := e.c.Client().Call(nil, "anvil_setStorageAt", d, slot, hexutil.Encode(v)); err != nil {
				t.Fatal(err)
			}
			if err := e.c.Client().Call(nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
		}
		set(common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(was), big.NewInt(1_000))).Bytes())
		defer set(was)
		e.sync(t)
		r := e.verify(t, e.head(t))
		mustFailOnly(t, r, audit.CheckDealingBalances, "fees() is 1000 but instant fees − fees withdrawn add up to 0")
		if f := strings.Join(r.Check(audit.CheckDealingBalances).Findings, "\n"); !strings.Contains(f, "short by 995") {
			t.Errorf("the shortfall is not reported: %q", f)
		}
	})
	t.Run("claim beyond fulfilment", func(t *testing.T) {
		// A faulty contract credits alice 1,000 units for 1 base unit of
		// payment she never deposited (her claimable totals, the first slot
		// of accounts[alice], the mapping in the eleventh slot), and she
		// claims them. Judged last on the fund: the units stay minted.
		base := new(big.Int).Add(common.HexToHash("0x5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e9764220000").Big(), big.NewInt(10))
		slot := crypto.Keccak256Hash(common.LeftPadBytes(alice.From.Bytes(), 32), common.BigToHash(base).Bytes())
		v := new(big.Int).Or(new(big.Int).Lsh(big.NewInt(1_000), 128), big.NewInt(1)) // depositShares | depositAssets
		if err := e.c.Client().Call(nil, "anvil_setStorageAt", d, slot, common.BigToHash(v)); err != nil {
			t.Fatal(err)
		}
		b := e.send(t, alice, d, deal.PackDeposit(big.NewInt(1), alice.From, alice.From)).BlockNumber.Uint64()
		e.sync(t)
		mustFailOnly(t, e.verify(t, b), audit.CheckDealingMints,
			fmt.Sprintf("controller %s has claimed %s units for 1234567892 of payment", alice.From.Hex(), new(big.Int).Add(wantShares, big.NewInt(1_000))))
	})
	t.Run("no dealing contract", func(t *testing.T) {
		r, err := e.verifier().Verify(ctx, "BLDG", audit.BlockSpec{Number: &day})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range dealingChecks {
			if c := r.Check(id); c.Status != audit.Skipped || c.Summary != "the asset has no dealing contract" {
				t.Errorf("%s of an asset without dealing: %s %q", id, c.Status, c.Summary)
			}
		}
		// The development suite's name for it is found too.
		if _, err := e.pool.Exec(ctx, `UPDATE chain_deployments SET name = 'asset:TTF:dealing' WHERE name = $1`, "issuance:"+e.assetID+":dealing"); err != nil {
			t.Fatal(err)
		}
		defer e.pool.Exec(ctx, `UPDATE chain_deployments SET name = $1 WHERE name = 'asset:TTF:dealing'`, "issuance:"+e.assetID+":dealing")
		if r := e.verify(t, day); r.Dealing != d.Hex() || r.Check(audit.CheckDealingFulfilment).Status != audit.Pass {
			t.Errorf("dealing recorded as asset:TTF:dealing: %q\n%s", r.Dealing, dump(r))
		}
	})
	t.Run("round not the first after the cut-off", func(t *testing.T) { testDealingWrongRound(t, e) })
	t.Run("void day", func(t *testing.T) {
		// The next day's NAV never comes: past its time-to-live a third
		// party voids it with the proof (no round after its cut-off), and
		// alice cancels her redeem of that day after the cut-off. Judged
		// on the fulfilment check alone: the fund's mints were tampered
		// with above.
		e.warpPast(t, cutoff+86_400+3_600)
		before := e.verify(t, e.head(t))
		if c := before.Check(audit.CheckDealingFulfilment); c.Status != audit.Pass || factOf(c, "dealing days void") != "0" {
			t.Fatalf("before the void: %s %q %v", c.Status, c.Findings, c.Facts)
		}
		e.send(t, carol, d, deal.PackVoidDay(cutoff+86_400, new(big.Int)))
		b := e.send(t, alice, d, deal.PackCancelRedeemRequest(idNext, alice.From)).BlockNumber.Uint64()
		e.sync(t)
		c := e.verify(t, b).Check(audit.CheckDealingFulfilment)
		if c.Status != audit.Pass {
			t.Fatalf("a cancellation at a void day: %s %q", c.Status, c.Findings)
		}
		wantFacts(t, c, map[string]string{"dealing days void": "1", "requests cancelled after their cut-off (void days)": "1"})
	})
}

// testDealingWrongRound deals an asset of its own, TFX, from
// DealingTestFeed: round 1 is observed after the cut-off, round 2 (an
// observation from before the cut-off written later) lets the contract
// accept round 3 as the first after it. The audit reads the feed's rounds
// and names the round that should have priced the day.
func testDealingWrongRound(t *testing.T, e *env) {
	ctx := context.Background()
	s, admin, alice := e.suite, e.admin.From, e.inv[0]
	deps := &postgres.Deployments{Pool: e.pool}
	record := func(name, contract string, addr common.Address) {
		head, err := e.c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := deps.SaveDeployment(ctx, chain.Deployment{ChainID: e.a.ChainID, Name: name, Contract: contract, Address: addr,
			Block: head.Number.Uint64(), BlockHash: head.Hash()}); err != nil {
			t.Fatal(err)
		}
	}
	token := chaintest.DeployTokenProxy(t, e.c, e.admin, s.Registry.Address,
		tok.PackInitialize("Test Fund X", "TFX", 6, s.Registry.Address, common.Address{}, new(big.Int), admin, admin))
	record("asset:TFX:token", "AssetToken", token)
	feedAddr, tx, err := bind.DeployContract(e.admin, common.FromHex(dealingtestfeed.DealingTestFeedMetaData.Bin), e.c,
		tfeed.PackConstructor(8, big.NewInt(1), big.NewInt(1e15)))
	chaintest.MustMined(t, e.c, tx, err)
	d := chaintest.DeployProxy(t, e.c, e.admin, "Dealing", deal.PackInitialize(token, s.Stablecoin.Address, feedAddr, admin, admin, admin))
	record("asset:TFX:dealing", "Dealing", d)
	for _, r := range []string{"MINTER_ROLE", "AGENT_ROLE"} {
		e.tx(t, e.admin, token, tok.PackGrantRole(role(r), d))
	}
	e.tx(t, e.admin, d, deal.PackGrantRole(role("CONFIG_ROLE"), admin))
	e.tx(t, e.admin, d, deal.PackSetConfig(dealing.DealingConfig{Modes: 1, NavTTL: 3600, MinDeposit: usd(100),
		MaxDeposit: new(big.Int), MinRedeem: big.NewInt(1), MaxRedeem: new(big.Int)}))
	e.tx(t, alice, s.Stablecoin.Address, coin.PackApprove(d, usd(1_000_000)))
	cutoff, cutoff2 := e.publishDay(t, d, 300)
	rq := e.send(t, alice, d, deal.PackRequestDeposit(usd(100_000), alice.From, alice.From))
	id := requestOf(t, rq)
	e.warpPast(t, cutoff)
	for _, p := range []struct {
		answer int64
		at     uint64
	}{{100_000_000, cutoff + 5}, {200_000_000, cutoff - 100}, {150_000_000, cutoff + 10}} {
		e.tx(t, e.admin, feedAddr, tfeed.PackPush(big.NewInt(p.answer), new(big.Int).SetUint64(p.at)))
	}
	// The contract accepts round 3: its predecessor was observed before the cut-off.
	e.send(t, e.admin, d, deal.PackFulfil(cutoff, big.NewInt(3), []*big.Int{id}))
	e.sync(t)
	at := e.head(t)
	r, err := e.verifier().Verify(ctx, "TFX", audit.BlockSpec{Number: &at})
	if err != nil {
		t.Fatal(err)
	}
	mustFailOnly(t, r, audit.CheckDealingFulfilment, fmt.Sprintf("request %s: priced at round 3 (observed %s), but the first round observed at or after the cut-off %s is round 1",
		id, unixUTC(cutoff+10), unixUTC(cutoff)))
	if f := factOf(r.Check(audit.CheckDealingFulfilment), "rounds read from"); f != "the feed's getRoundData at the audited block" {
		t.Errorf("rounds read from %q", f)
	}
	if c := r.Check(audit.CheckDealingBalances); c.Status != audit.Pass {
		t.Errorf("TFX balances: %s %q", c.Status, c.Findings)
	}

	// A second day priced by a contract that believes its feed has 9
	// decimals (the byte after the unit's and the payment's in its first
	// storage slot): the audit reads the decimals from the contracts
	// themselves and recomputes the units.
	slot := common.HexToHash("0x5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e9764220000")
	word, err := e.c.StorageAt(ctx, d, slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	if word[9] != 8 {
		t.Fatalf("feed decimals byte %d, want 8: the layout moved", word[9])
	}
	word[9] = 9
	if err := e.c.Client().Call(nil, "anvil_setStorageAt", d, slot, hexutil.Encode(word)); err != nil {
		t.Fatal(err)
	}
	rq = e.send(t, alice, d, deal.PackRequestDeposit(usd(10_000), alice.From, alice.From))
	id2 := requestOf(t, rq)
	e.warpPast(t, cutoff2)
	e.tx(t, e.admin, feedAddr, tfeed.PackPush(big.NewInt(125_000_000), new(big.Int).SetUint64(cutoff2+5)))
	e.send(t, e.admin, d, deal.PackFulfil(cutoff2, big.NewInt(4), []*big.Int{id2}))
	e.sync(t)
	at = e.head(t)
	if r, err = e.verifier().Verify(ctx, "TFX", audit.BlockSpec{Number: &at}); err != nil {
		t.Fatal(err)
	}
	// $100 at $1.25 with 6-decimal units is 80 units: 80,000,000 base units.
	mustFailOnly(t, r, audit.CheckDealingFulfilment, fmt.Sprintf("request %s: deposit of 100000000 at NAV 125000000 (round 4) gives floor(assets·U·F / (nav·P)) = 80000000, but the contract gave 800000000", id2))

	// A request moved in storage to a day already priced (the contract
	// never does so itself): fulfilled for that day, it no longer carries
	// the cut-off its RequestCutoff announced, and the audit says so.
	c3, _ := e.publishDay(t, d, 300)
	id3 := requestOf(t, e.send(t, alice, d, deal.PackRequestDeposit(usd(10_000), alice.From, alice.From)))
	reqSlot := crypto.Keccak256Hash(common.BigToHash(id3).Bytes(), common.BigToHash(new(big.Int).Add(slot.Big(), big.NewInt(9))).Bytes())
	word, err = e.c.StorageAt(ctx, d, reqSlot, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(word[7:12]).Uint64(); got != c3 {
		t.Fatalf("request %s's stored cut-off %d, want %d: the layout moved", id3, got, c3)
	}
	copy(word[7:12], new(big.Int).SetUint64(cutoff2).FillBytes(make([]byte, 5)))
	if err := e.c.Client().Call(nil, "anvil_setStorageAt", d, reqSlot, hexutil.Encode(word)); err != nil {
		t.Fatal(err)
	}
	e.send(t, e.admin, d, deal.PackFulfil(cutoff2, big.NewInt(4), []*big.Int{id3}))
	e.sync(t)
	at = e.head(t)
	if r, err = e.verifier().Verify(ctx, "TFX", audit.BlockSpec{Number: &at}); err != nil {
		t.Fatal(err)
	}
	mustFailOnly(t, r, audit.CheckDealingFulfilment, fmt.Sprintf("request %s: stamped with cut-off %s, fulfilled in", id3, unixUTC(c3)))
}

func wantFacts(t *testing.T, c *audit.Check, want map[string]string) {
	t.Helper()
	for name, v := range want {
		if got := factOf(c, name); got != v {
			t.Errorf("%s: fact %q = %q, want %q", c.ID, name, got, v)
		}
	}
}

func factOf(c *audit.Check, name string) string {
	i := slices.IndexFunc(c.Facts, func(f audit.Fact) bool { return f.Name == name })
	if i < 0 {
		return "(none)"
	}
	return c.Facts[i].Value
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func unixUTC(s uint64) string { return time.Unix(int64(s), 0).UTC().Format(time.RFC3339) }
