package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
)

// The restriction codes of contracts/src/TransferRestrictions.sol.
const (
	codeOK                 uint8 = 0x00
	codePaused             uint8 = 0x50
	codeSenderFrozen       uint8 = 0x51
	codeReceiverFrozen     uint8 = 0x52
	codeSenderNotVerified  uint8 = 0x53
	codeReceiverUnverified uint8 = 0x54
	codeCountry            uint8 = 0x55
	codeNotEligible        uint8 = 0x56
	codeTokensFrozen       uint8 = 0x57
	codeTokensLocked       uint8 = 0x58
	codeMaxInvestors       uint8 = 0x59
	codeMaxBalance         uint8 = 0x5A
	codeValuationStale     uint8 = 0x5B
	codeDeedNotLocked      uint8 = 0x5C
	codeDeedLocked         uint8 = 0x5D
	codeReserveExceeded    uint8 = 0x5E
	codeReserveStale       uint8 = 0x5F
)

// assetFixture is a token with holders: alice and alice2 are two wallets of
// investor A (France), bob is investor B (Germany), carol investor C (United
// States, no eligibility flags), dave investor D (France) holds nothing yet,
// eve is not registered. alice and bob hold 100 each.
type assetFixture struct {
	c                                    *chain
	reg                                  *registry
	tok                                  *token
	alice, alice2, bob, carol, dave, eve *bind.TransactOpts
}

func newAssetFixture(tb testing.TB) *assetFixture {
	tb.Helper()
	c := newChain(tb, 6)
	f := &assetFixture{c: c, alice: c.signers[0], alice2: c.signers[1], bob: c.signers[2], carol: c.signers[3], dave: c.signers[4], eve: c.signers[5]}
	f.reg = deployRegistry(tb, c)
	f.reg.queueRegister(tb, f.alice.From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, f.alice2.From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, f.bob.From, "investor-B", countryDE, 1)
	f.reg.queueRegister(tb, f.carol.From, "investor-C", countryUS, 0)
	f.reg.queueRegister(tb, f.dave.From, "investor-D", countryFR, 1)
	f.tok = deployToken(tb, c, f.reg.addr, common.Address{}, 0)
	f.tok.queueMint(tb, f.alice.From, big.NewInt(100), "mint-alice")
	f.tok.queueMint(tb, f.bob.From, big.NewInt(100), "mint-bob")
	c.flush(tb)
	return f
}

// admin sends calldata to the token as the admin, who holds every role.
func (f *assetFixture) admin(tb testing.TB, data []byte) *types.Receipt {
	tb.Helper()
	return f.c.mustSend(tb, f.c.admin, f.tok.inst, data)
}

func (f *assetFixture) transfer(from *bind.TransactOpts, to common.Address, amount int64) error {
	_, err := f.c.send(from, f.tok.inst, f.tok.abi.PackTransfer(to, big.NewInt(amount)))
	return err
}

func (f *assetFixture) investorCount(tb testing.TB) uint64 {
	tb.Helper()
	return mustCall(tb, f.tok.inst, f.tok.abi.PackInvestorCount(), f.tok.abi.UnpackInvestorCount).Uint64()
}

// TestAssetTokenRestrictions drives one transfer per rule: each refusal has
// its code from detectTransferRestriction, the same code in the revert, and
// canTransfer false.
func TestAssetTokenRestrictions(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		setup func(tb testing.TB, f *assetFixture)
		from  func(f *assetFixture) *bind.TransactOpts
		to    func(f *assetFixture) common.Address
		value int64
		want  uint8
	}{
		{"compliant", nil, alice, bobAddr, 10, codeOK},
		{"paused", func(tb testing.TB, f *assetFixture) { f.admin(tb, f.tok.abi.PackPause()) }, alice, bobAddr, 10, codePaused},
		{"sender frozen", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetAddressFrozen(f.alice.From, true))
		}, alice, bobAddr, 10, codeSenderFrozen},
		{"receiver frozen", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetAddressFrozen(f.bob.From, true))
		}, alice, bobAddr, 10, codeReceiverFrozen},
		{"sender identity deleted", func(tb testing.TB, f *assetFixture) {
			f.c.mustSend(tb, f.c.admin, f.reg.inst, f.reg.abi.PackDeleteIdentity(f.alice.From))
		}, alice, bobAddr, 10, codeSenderNotVerified},
		{"receiver not registered", nil, alice, eveAddr, 10, codeReceiverUnverified},
		{"receiver country not allowed", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetCountryRestriction(true))
			f.admin(tb, f.tok.abi.PackSetCountriesAllowed([]uint16{countryFR}, true))
		}, alice, bobAddr, 10, codeCountry},
		{"receiver lacks eligibility flag", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetRequiredFlags(1))
		}, alice, carolAddr, 10, codeNotEligible},
		{"amount over unfrozen balance", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackFreezePartialTokens(f.alice.From, big.NewInt(95)))
		}, alice, bobAddr, 10, codeTokensFrozen},
		{"tokens under lock-up", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackMintLocked(f.dave.From, big.NewInt(50), id32("locked-dave"), f.c.now(tb)+3600))
		}, dave, bobAddr, 10, codeTokensLocked},
		{"maximum investors reached", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetMaxInvestors(2))
		}, alice, daveAddr, 10, codeMaxInvestors},
		{"maximum balance per investor", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetMaxBalance(big.NewInt(105)))
		}, alice, bobAddr, 10, codeMaxBalance},
		// Each rule also lets through what it should.
		{"receiver country on the allow-list", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetCountryRestriction(true))
			f.admin(tb, f.tok.abi.PackSetCountriesAllowed([]uint16{countryFR, countryUS}, true))
		}, alice, daveAddr, 10, codeOK},
		{"receiver holds the required flag", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetRequiredFlags(1))
		}, alice, bobAddr, 10, codeOK},
		{"a new investor below the cap", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetMaxInvestors(3))
		}, alice, daveAddr, 10, codeOK},
		{"an existing investor at the cap", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetMaxInvestors(2))
		}, alice, bobAddr, 10, codeOK},
		{"exactly the maximum balance", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackSetMaxBalance(big.NewInt(110)))
		}, alice, bobAddr, 10, codeOK},
		{"within the unfrozen balance", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackFreezePartialTokens(f.alice.From, big.NewInt(90)))
		}, alice, bobAddr, 10, codeOK},
		{"the free part beside a lock-up", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("locked-alice"), f.c.now(tb)+3600))
		}, alice, bobAddr, 100, codeOK},
		// Last: moving the clock is not undone by restore.
		{"sender KYC expired", func(tb testing.TB, f *assetFixture) {
			f.c.mustSend(tb, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateExpiry(f.alice.From, f.c.now(tb)+60))
			f.c.warp(tb, 2*time.Minute)
		}, alice, bobAddr, 10, codeSenderNotVerified},
	}
	f := newAssetFixture(t)
	base := f.c.snapshot(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.c.restore(t, base)
			if tc.setup != nil {
				tc.setup(t, f)
			}
			from, to, value := tc.from(f), tc.to(f), big.NewInt(tc.value)
			if got := f.tok.detect(t, from.From, to, value); got != tc.want {
				t.Fatalf("detectTransferRestriction = %s, want %s", hexCode(got), hexCode(tc.want))
			}
			can := mustCall(t, f.tok.inst, f.tok.abi.PackCanTransfer(from.From, to, value), f.tok.abi.UnpackCanTransfer)
			if can != (tc.want == codeOK) {
				t.Errorf("canTransfer = %v with code %s", can, hexCode(tc.want))
			}
			before := f.tok.balance(t, to)
			err := f.transfer(from, to, tc.value)
			if tc.want == codeOK {
				if err != nil {
					t.Fatalf("compliant transfer failed: %v", err)
				}
				if got := f.tok.balance(t, to); got.Cmp(new(big.Int).Add(before, value)) != 0 {
					t.Errorf("receiver balance %s, want %s+%d", got, before, tc.value)
				}
				return
			}
			if tc.want == codeTokensFrozen {
				wantUnfrozenRefusal(t, err)
			} else if got := restrictedCode(t, err); got != tc.want {
				t.Errorf("revert code %s, want %s", hexCode(got), hexCode(tc.want))
			}
			msg := mustCall(t, f.tok.inst, f.tok.abi.PackMessageForTransferRestriction(tc.want), f.tok.abi.UnpackMessageForTransferRestriction)
			if msg == "" || msg == "unknown restriction code" {
				t.Errorf("message for %s: %q", hexCode(tc.want), msg)
			}
		})
	}
}

func alice(f *assetFixture) *bind.TransactOpts { return f.alice }
func dave(f *assetFixture) *bind.TransactOpts  { return f.dave }
func bobAddr(f *assetFixture) common.Address   { return f.bob.From }
func carolAddr(f *assetFixture) common.Address { return f.carol.From }
func daveAddr(f *assetFixture) common.Address  { return f.dave.From }
func eveAddr(f *assetFixture) common.Address   { return f.eve.From }

// TestAssetTokenMintRestrictions: mints pass the receiver's rules, and
// detectTransferRestriction(0, to, amount) previews them.
func TestAssetTokenMintRestrictions(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	mint := func(to common.Address, amount int64, request string) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMint(to, big.NewInt(amount), id32(request)))
		return err
	}
	f.admin(t, f.tok.abi.PackSetMaxInvestors(3))
	f.admin(t, f.tok.abi.PackSetMaxBalance(big.NewInt(150)))
	f.admin(t, f.tok.abi.PackSetRequiredFlags(1))
	cases := []struct {
		name   string
		to     common.Address
		amount int64
		want   uint8
	}{
		{"unregistered receiver", f.eve.From, 1, codeReceiverUnverified},
		{"receiver lacks flags", f.carol.From, 1, codeNotEligible},
		{"over the maximum balance, summed over the investor's wallets", f.alice2.From, 51, codeMaxBalance},
		{"within the maximum balance on a second wallet", f.alice2.From, 50, codeOK},
		{"a third investor", f.dave.From, 10, codeOK},
	}
	for i, tc := range cases {
		if got := f.tok.detect(t, common.Address{}, tc.to, big.NewInt(tc.amount)); got != tc.want {
			t.Errorf("%s: detect = %s, want %s", tc.name, hexCode(got), hexCode(tc.want))
		}
		err := mint(tc.to, tc.amount, "mint-case-"+string(rune('a'+i)))
		if tc.want == codeOK {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if got := restrictedCode(t, err); got != tc.want {
			t.Errorf("%s: revert code %s, want %s", tc.name, hexCode(got), hexCode(tc.want))
		}
	}
	f.admin(t, f.tok.abi.PackSetRequiredFlags(0))
	if got := restrictedCode(t, mint(f.carol.From, 1, "mint-carol")); got != codeMaxInvestors {
		t.Errorf("fourth investor: code %s, want %s", hexCode(got), hexCode(codeMaxInvestors))
	}
	f.admin(t, f.tok.abi.PackSetAddressFrozen(f.dave.From, true))
	if got := restrictedCode(t, mint(f.dave.From, 1, "mint-dave-frozen")); got != codeReceiverFrozen {
		t.Errorf("frozen receiver: code %s", hexCode(got))
	}
}

// TestAssetTokenInvestorAccounting: investors are counted once whatever their
// wallets, leave the count when their last wallet empties, and their balance
// is summed over wallets.
func TestAssetTokenInvestorAccounting(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	if n := f.investorCount(t); n != 2 {
		t.Fatalf("investorCount = %d, want 2", n)
	}
	// A's second wallet does not add an investor; A's total is both wallets.
	f.tok.mustMint(t, f.alice2.From, big.NewInt(30), "mint-alice2")
	if n := f.investorCount(t); n != 2 {
		t.Errorf("after a second wallet: investorCount = %d, want 2", n)
	}
	total := mustCall(t, f.tok.inst, f.tok.abi.PackInvestorBalanceOf(f.alice2.From), f.tok.abi.UnpackInvestorBalanceOf)
	if total.Int64() != 130 {
		t.Errorf("investorBalanceOf(alice2) = %s, want 130", total)
	}

	// The cap is full at two investors: dave is refused until an investor leaves.
	f.admin(t, f.tok.abi.PackSetMaxInvestors(2))
	if got := restrictedCode(t, f.transfer(f.bob, f.dave.From, 1)); got != codeMaxInvestors {
		t.Fatalf("new investor at the cap: code %s", hexCode(got))
	}
	// Moving between A's own wallets changes nothing.
	if err := f.transfer(f.alice, f.alice2.From, 100); err != nil {
		t.Fatal(err)
	}
	if n := f.investorCount(t); n != 2 {
		t.Errorf("after an internal move: investorCount = %d", n)
	}
	// Bob hands everything to dave: B leaves as D enters, so the cap holds.
	if err := f.transfer(f.bob, f.dave.From, 100); err != nil {
		t.Fatalf("exit and entry in one transfer at the cap: %v", err)
	}
	if n := f.investorCount(t); n != 2 {
		t.Errorf("after bob left and dave came: investorCount = %d", n)
	}
	// A empties its last wallet: its slot frees and bob can come back.
	if err := f.transfer(f.alice2, f.dave.From, 130); err != nil {
		t.Fatal(err)
	}
	if n := f.investorCount(t); n != 1 {
		t.Errorf("after A left: investorCount = %d, want 1", n)
	}
	if err := f.transfer(f.dave, f.bob.From, 5); err != nil {
		t.Errorf("a freed slot was not reusable: %v", err)
	}
	// A burn of a whole position frees the slot too.
	f.admin(t, f.tok.abi.PackBurn(f.bob.From, big.NewInt(5), id32("burn-bob")))
	if n := f.investorCount(t); n != 1 {
		t.Errorf("after the burn: investorCount = %d, want 1", n)
	}
}

func TestAssetTokenLockup(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	end := f.c.now(t) + 3600
	r := f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("locked-1"), end))
	ev := findEvent(t, r, f.tok.abi.UnpackLockedUpEvent)
	if ev.Account != f.alice.From || ev.Amount.Int64() != 50 || ev.LockedUntil != end {
		t.Errorf("LockedUp %+v", ev)
	}
	// A second lock-up adds up and keeps the later end.
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(20), id32("locked-2"), end-1000))
	lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(f.alice.From), f.tok.abi.UnpackLockOf)
	if lock.Amount.Int64() != 70 || lock.LockedUntil != end {
		t.Errorf("lockOf = %s until %d, want 70 until %d", lock.Amount, lock.LockedUntil, end)
	}
	// 170 held, 70 locked: 100 may move, not 101.
	if got := restrictedCode(t, f.transfer(f.alice, f.bob.From, 101)); got != codeTokensLocked {
		t.Fatalf("code %s, want locked", hexCode(got))
	}
	if err := f.transfer(f.alice, f.bob.From, 100); err != nil {
		t.Fatalf("free part: %v", err)
	}
	if got := restrictedCode(t, f.transfer(f.alice, f.bob.From, 1)); got != codeTokensLocked {
		t.Fatalf("code %s, want locked", hexCode(got))
	}
	f.c.warp(t, time.Hour+time.Second)
	if err := f.transfer(f.alice, f.bob.From, 70); err != nil {
		t.Fatalf("after the lock-up: %v", err)
	}
	if lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(f.alice.From), f.tok.abi.UnpackLockOf); lock.Amount.Sign() != 0 {
		t.Errorf("lockOf after the end = %s", lock.Amount)
	}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(1), id32("locked-past"), f.c.now(t)))
	wantRevert(t, err, "InvalidLockup(uint64)")
}

func TestAssetTokenFreezes(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	frozen := func() int64 {
		return mustCall(t, f.tok.inst, f.tok.abi.PackGetFrozenTokens(f.alice.From), f.tok.abi.UnpackGetFrozenTokens).Int64()
	}
	r := f.admin(t, f.tok.abi.PackFreezePartialTokens(f.alice.From, big.NewInt(60)))
	if ev := findEvent(t, r, f.tok.abi.UnpackTokensFrozenEvent); ev.Amount.Int64() != 60 {
		t.Errorf("TokensFrozen %s", ev.Amount)
	}
	if ev := findEvent(t, r, f.tok.abi.UnpackFrozenEvent); ev.Amount.Int64() != 60 {
		t.Errorf("ERC-7943 Frozen %s", ev.Amount)
	}
	wantUnfrozenRefusal(t, f.transfer(f.alice, f.bob.From, 41))
	if err := f.transfer(f.alice, f.bob.From, 40); err != nil {
		t.Fatal(err)
	}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackFreezePartialTokens(f.alice.From, big.NewInt(1)))
	wantRevert(t, err, "FreezeExceedsBalance(address,uint256,uint256)")
	f.admin(t, f.tok.abi.PackUnfreezePartialTokens(f.alice.From, big.NewInt(20)))
	if frozen() != 40 {
		t.Errorf("frozen after unfreeze = %d", frozen())
	}
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackUnfreezePartialTokens(f.alice.From, big.NewInt(41)))
	wantRevert(t, err, "UnfreezeExceedsFrozen(address,uint256,uint256)")
	// ERC-7943 overwrites, and may freeze ahead of the balance.
	f.admin(t, f.tok.abi.PackSetFrozenTokens(f.alice.From, big.NewInt(1000)))
	if frozen() != 1000 {
		t.Errorf("setFrozenTokens(1000): frozen = %d", frozen())
	}
	f.admin(t, f.tok.abi.PackSetFrozenTokens(f.alice.From, big.NewInt(0)))
	if err := f.transfer(f.alice, f.bob.From, 60); err != nil {
		t.Errorf("after unfreezing all: %v", err)
	}

	// A frozen address can neither send nor receive; canSend/canReceive say so.
	r = f.admin(t, f.tok.abi.PackSetAddressFrozen(f.bob.From, true))
	if ev := findEvent(t, r, f.tok.abi.UnpackAddressFrozenEvent); !ev.IsFrozen || ev.Account != f.bob.From || ev.Agent != f.c.admin.From {
		t.Errorf("AddressFrozen %+v", ev)
	}
	if !mustCall(t, f.tok.inst, f.tok.abi.PackIsFrozen(f.bob.From), f.tok.abi.UnpackIsFrozen) {
		t.Error("isFrozen(bob) = false")
	}
	for name, call := range map[string][]byte{"canSend": f.tok.abi.PackCanSend(f.bob.From), "canReceive": f.tok.abi.PackCanReceive(f.bob.From)} {
		if mustCall(t, f.tok.inst, call, f.tok.abi.UnpackCanSend) {
			t.Errorf("%s(frozen bob) = true", name)
		}
	}
	if !mustCall(t, f.tok.inst, f.tok.abi.PackCanReceive(f.dave.From), f.tok.abi.UnpackCanReceive) {
		t.Error("canReceive(dave) = false")
	}
	if mustCall(t, f.tok.inst, f.tok.abi.PackCanReceive(f.eve.From), f.tok.abi.UnpackCanReceive) {
		t.Error("canReceive(unregistered eve) = true")
	}
	f.admin(t, f.tok.abi.PackBatchSetAddressFrozen([]common.Address{f.bob.From}, []bool{false}))
	if err := f.transfer(f.bob, f.alice.From, 1); err != nil {
		t.Errorf("after unfreezing bob: %v", err)
	}
}

// TestAssetTokenForcedTransfer: an agent moves tokens past the sender's
// rules (pause, freezes, lock-up) but not past the receiver's.
func TestAssetTokenForcedTransfer(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("locked"), f.c.now(t)+3600))
	f.admin(t, f.tok.abi.PackFreezePartialTokens(f.alice.From, big.NewInt(80)))
	f.admin(t, f.tok.abi.PackSetAddressFrozen(f.alice.From, true))
	f.admin(t, f.tok.abi.PackPause())

	// alice: 150 held, 80 frozen, 50 locked, 20 free. Forcing 130 takes the 20
	// free, the 50 locked and 60 frozen.
	r := f.admin(t, f.tok.abi.PackForcedTransfer(f.alice.From, f.dave.From, big.NewInt(130)))
	if f.tok.balance(t, f.dave.From).Int64() != 130 || f.tok.balance(t, f.alice.From).Int64() != 20 {
		t.Fatalf("balances after forced transfer: dave %s alice %s", f.tok.balance(t, f.dave.From), f.tok.balance(t, f.alice.From))
	}
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackGetFrozenTokens(f.alice.From), f.tok.abi.UnpackGetFrozenTokens); got.Int64() != 20 {
		t.Errorf("frozen after forced transfer = %s, want 20", got)
	}
	if lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(f.alice.From), f.tok.abi.UnpackLockOf); lock.Amount.Sign() != 0 {
		t.Errorf("locked after forced transfer = %s, want 0", lock.Amount)
	}
	// ERC-7943: Frozen comes before Transfer, ForcedTransfer is emitted.
	order := eventOrder(r, f.tok.abi.GetABI().Events["Frozen"].ID, f.tok.abi.GetABI().Events["Transfer"].ID, f.tok.abi.GetABI().Events["ForcedTransfer"].ID)
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("event order %v, want Frozen, Transfer, ForcedTransfer", order)
	}
	if ev := findEvent(t, r, f.tok.abi.UnpackFrozenEvent); ev.Amount.Int64() != 20 {
		t.Errorf("Frozen amount %s", ev.Amount)
	}

	// The receiver's rules still apply.
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackForcedTransfer(f.bob.From, f.eve.From, big.NewInt(1)))
	if got := restrictedCode(t, err); got != codeReceiverUnverified {
		t.Errorf("forced to an unregistered wallet: code %s", hexCode(got))
	}
	f.admin(t, f.tok.abi.PackSetMaxBalance(big.NewInt(140)))
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackForcedTransfer(f.bob.From, f.dave.From, big.NewInt(11)))
	if got := restrictedCode(t, err); got != codeMaxBalance {
		t.Errorf("forced over the maximum balance: code %s", hexCode(got))
	}
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackForcedTransfer(f.bob.From, f.bob.From, big.NewInt(1)))
	wantRevert(t, err, "SameWallet()")

	f.admin(t, f.tok.abi.PackBatchForcedTransfer(
		[]common.Address{f.bob.From, f.bob.From}, []common.Address{f.dave.From, f.alice2.From}, []*big.Int{big.NewInt(10), big.NewInt(5)}))
	if f.tok.balance(t, f.bob.From).Int64() != 85 || f.tok.balance(t, f.alice2.From).Int64() != 5 {
		t.Errorf("after batch: bob %s alice2 %s", f.tok.balance(t, f.bob.From), f.tok.balance(t, f.alice2.From))
	}
}

// TestAssetTokenRecovery moves a lost wallet's position to a new wallet of
// the same investor, with its freezes and lock-up.
func TestAssetTokenRecovery(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	lost, replacement := f.alice.From, common.Address{0xa1, 0x1c, 0xe2}
	f.admin(t, f.tok.abi.PackMintLocked(lost, big.NewInt(50), id32("locked"), f.c.now(t)+3600))
	f.admin(t, f.tok.abi.PackFreezePartialTokens(lost, big.NewInt(30)))
	f.admin(t, f.tok.abi.PackSetAddressFrozen(lost, true))

	recover := func(newWallet common.Address, investor string) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackRecoveryAddress(lost, newWallet, id32(investor)))
		return err
	}
	wantRevert(t, recover(replacement, "investor-A"), "RecoveryInvestorMismatch(address,bytes32)") // not registered yet
	f.reg.mustRegister(t, replacement, "investor-A", countryFR, 1)
	wantRevert(t, recover(replacement, "investor-B"), "RecoveryInvestorMismatch(address,bytes32)")
	wantRevert(t, recover(f.bob.From, "investor-A"), "RecoveryInvestorMismatch(address,bytes32)")

	before := f.investorCount(t)
	if err := recover(replacement, "investor-A"); err != nil {
		t.Fatal(err)
	}
	if f.tok.balance(t, replacement).Int64() != 150 || f.tok.balance(t, lost).Sign() != 0 {
		t.Errorf("balances: new %s lost %s", f.tok.balance(t, replacement), f.tok.balance(t, lost))
	}
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackGetFrozenTokens(replacement), f.tok.abi.UnpackGetFrozenTokens); got.Int64() != 30 {
		t.Errorf("frozen moved: %s", got)
	}
	if lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(replacement), f.tok.abi.UnpackLockOf); lock.Amount.Int64() != 50 {
		t.Errorf("lock moved: %s", lock.Amount)
	}
	if !mustCall(t, f.tok.inst, f.tok.abi.PackIsFrozen(replacement), f.tok.abi.UnpackIsFrozen) {
		t.Error("address freeze did not move")
	}
	if f.investorCount(t) != before {
		t.Errorf("investorCount %d, want %d", f.investorCount(t), before)
	}
	total := mustCall(t, f.tok.inst, f.tok.abi.PackInvestorBalanceOf(replacement), f.tok.abi.UnpackInvestorBalanceOf)
	if total.Int64() != 150 {
		t.Errorf("investor total %s, want 150", total)
	}
	wantRevert(t, recover(replacement, "investor-A"), "NothingToRecover(address)")
	// The recovered position keeps working once unfrozen.
	f.admin(t, f.tok.abi.PackSetAddressFrozen(replacement, false))
	// The replacement has no key here: an agent moves the free part.
	f.admin(t, f.tok.abi.PackForcedTransfer(replacement, f.bob.From, big.NewInt(70)))
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackInvestorBalanceOf(replacement), f.tok.abi.UnpackInvestorBalanceOf); got.Int64() != 80 {
		t.Errorf("investor total after a move = %s, want 80", got)
	}
}

// TestAssetTokenRequestIDs: a request id mints (or burns) once.
func TestAssetTokenRequestIDs(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	r := f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(7), id32("req-1")))
	if ev := findEvent(t, r, f.tok.abi.UnpackIssuedEvent); ev.RequestId != id32("req-1") || ev.To != f.dave.From || ev.Amount.Int64() != 7 {
		t.Errorf("Issued %+v", ev)
	}
	send := func(data []byte) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, data)
		return err
	}
	wantRevert(t, send(f.tok.abi.PackMint(f.dave.From, big.NewInt(7), id32("req-1"))), "RequestAlreadyProcessed(bytes32)")
	wantRevert(t, send(f.tok.abi.PackMintLocked(f.dave.From, big.NewInt(7), id32("req-1"), f.c.now(t)+60)), "RequestAlreadyProcessed(bytes32)")
	wantRevert(t, send(f.tok.abi.PackBurn(f.dave.From, big.NewInt(1), id32("req-1"))), "RequestAlreadyProcessed(bytes32)")
	wantRevert(t, send(f.tok.abi.PackMint(f.dave.From, big.NewInt(7), [32]byte{})), "InvalidRequestId()")
	// A batch with a seen id, or the same id twice, mints nothing.
	wantRevert(t, send(f.tok.abi.PackBatchMint([]common.Address{f.bob.From, f.dave.From},
		[]*big.Int{big.NewInt(1), big.NewInt(1)}, [][32]byte{id32("req-2"), id32("req-2")})), "RequestAlreadyProcessed(bytes32)")
	wantRevert(t, send(f.tok.abi.PackBatchMint([]common.Address{f.bob.From},
		[]*big.Int{big.NewInt(1), big.NewInt(1)}, [][32]byte{id32("req-3")})), "LengthMismatch()")
	if mustCall(t, f.tok.inst, f.tok.abi.PackIsRequestProcessed(id32("req-2")), f.tok.abi.UnpackIsRequestProcessed) {
		t.Error("req-2 processed by a reverted batch")
	}
	r = f.admin(t, f.tok.abi.PackBatchMint([]common.Address{f.bob.From, f.dave.From},
		[]*big.Int{big.NewInt(3), big.NewInt(4)}, [][32]byte{id32("req-2"), id32("req-3")}))
	if n := countEvents(r, f.tok.abi.GetABI().Events["Issued"].ID); n != 2 {
		t.Errorf("batch emitted %d Issued", n)
	}

	// Burns carry a request id and may take frozen tokens.
	f.admin(t, f.tok.abi.PackFreezePartialTokens(f.dave.From, big.NewInt(10)))
	r = f.admin(t, f.tok.abi.PackBurn(f.dave.From, big.NewInt(11), id32("redeem-1")))
	if ev := findEvent(t, r, f.tok.abi.UnpackRedeemedEvent); ev.RequestId != id32("redeem-1") || ev.From != f.dave.From || ev.Amount.Int64() != 11 {
		t.Errorf("Redeemed %+v", ev)
	}
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackGetFrozenTokens(f.dave.From), f.tok.abi.UnpackGetFrozenTokens); got.Int64() != 0 {
		t.Errorf("frozen after burning into them = %s", got)
	}
	wantRevert(t, send(f.tok.abi.PackBurn(f.dave.From, big.NewInt(1), id32("redeem-1"))), "RequestAlreadyProcessed(bytes32)")
	wantRevert(t, send(f.tok.abi.PackBurn(f.dave.From, big.NewInt(1000), id32("redeem-2"))), "ERC20InsufficientBalance(address,uint256,uint256)")
	supply := mustCall(t, f.tok.inst, f.tok.abi.PackTotalSupply(), f.tok.abi.UnpackTotalSupply)
	if supply.Int64() != 200+7+3+4-11 {
		t.Errorf("totalSupply %s", supply)
	}
}

// TestAssetTokenSupplyCap: the admin caps the supply once, at or above the
// supply; from then on no mint, locked mint or batch mint takes the supply
// beyond the cap, a batch crossing it mints nothing, and burned units may
// be issued again.
func TestAssetTokenSupplyCap(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t) // alice and bob hold 100 each
	a := f.tok.abi
	send := func(data []byte) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, data)
		return err
	}
	supplyCap := func() int64 { return mustCall(t, f.tok.inst, a.PackSupplyCap(), a.UnpackSupplyCap).Int64() }
	supply := func() int64 { return mustCall(t, f.tok.inst, a.PackTotalSupply(), a.UnpackTotalSupply).Int64() }
	if got := supplyCap(); got != 0 {
		t.Fatalf("supplyCap before it is set = %d, want 0", got)
	}
	// Without a cap only the storage limit, 2^96 - 1, applies.
	free := newAssetFixture(t)
	room := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(201))
	free.admin(t, a.PackMint(free.dave.From, room, id32("to-the-limit")))
	_, err := free.c.send(free.c.admin, free.tok.inst, a.PackMint(free.dave.From, big.NewInt(1), id32("beyond")))
	wantRevert(t, err, "SupplyOverflow()")

	wantUnauthorized(t, f.c, f.carol, f.tok.inst, a.PackSetSupplyCap(big.NewInt(250)), "DEFAULT_ADMIN_ROLE")
	for _, bad := range []*big.Int{big.NewInt(0), big.NewInt(199), new(big.Int).Lsh(big.NewInt(1), 96)} {
		data := wantRevert(t, send(a.PackSetSupplyCap(bad)), "InvalidSupplyCap(uint256,uint256)")
		if e, err := a.UnpackInvalidSupplyCapError(data[4:]); err != nil || e.Cap.Cmp(bad) != 0 || e.Supply.Int64() != 200 {
			t.Errorf("InvalidSupplyCap for %s: %+v %v", bad, e, err)
		}
	}
	r := f.admin(t, a.PackSetSupplyCap(big.NewInt(250)))
	if ev := findEvent(t, r, a.UnpackSupplyCapSetEvent); ev.Cap.Int64() != 250 {
		t.Errorf("SupplyCapSet %+v", ev)
	}
	if got, s := supplyCap(), supply(); got != 250 || s != 200 {
		t.Fatalf("supplyCap = %d, totalSupply = %d; want 250 and 200", got, s)
	}
	data := wantRevert(t, send(a.PackSetSupplyCap(big.NewInt(1000))), "SupplyCapAlreadySet(uint256)")
	if e, err := a.UnpackSupplyCapAlreadySetError(data[4:]); err != nil || e.Cap.Int64() != 250 {
		t.Errorf("SupplyCapAlreadySet %+v %v", e, err)
	}

	wantCapExceeded := func(err error, supply int64) {
		t.Helper()
		data := wantRevert(t, err, "SupplyCapExceeded(uint256,uint256)")
		if e, derr := a.UnpackSupplyCapExceededError(data[4:]); derr != nil || e.Cap.Int64() != 250 || e.Supply.Int64() != supply {
			t.Errorf("SupplyCapExceeded %+v %v, want cap 250 and supply %d", e, derr, supply)
		}
	}
	wantCapExceeded(send(a.PackMint(f.dave.From, big.NewInt(51), id32("over"))), 200)
	wantCapExceeded(send(a.PackMintLocked(f.dave.From, big.NewInt(51), id32("over-locked"), f.c.now(t)+3600)), 200)
	// A batch whose second mint crosses the cap mints nothing.
	wantCapExceeded(send(a.PackBatchMint([]common.Address{f.dave.From, f.bob.From},
		[]*big.Int{big.NewInt(30), big.NewInt(21)}, [][32]byte{id32("batch-1"), id32("batch-2")})), 230)
	if mustCall(t, f.tok.inst, a.PackIsRequestProcessed(id32("batch-1")), a.UnpackIsRequestProcessed) || supply() != 200 {
		t.Fatalf("a batch beyond the cap minted: supply %d", supply())
	}
	// The cap is not a compliance restriction: the preview reports none.
	if got := f.tok.detect(t, common.Address{}, f.dave.From, big.NewInt(51)); got != codeOK {
		t.Errorf("detect beyond the cap = %s, want 0x00", hexCode(got))
	}

	// Up to the cap exactly, in a batch and a locked mint.
	f.admin(t, a.PackBatchMint([]common.Address{f.dave.From, f.bob.From},
		[]*big.Int{big.NewInt(30), big.NewInt(10)}, [][32]byte{id32("batch-1"), id32("batch-2")}))
	f.admin(t, a.PackMintLocked(f.dave.From, big.NewInt(10), id32("locked"), f.c.now(t)+3600))
	if s := supply(); s != 250 {
		t.Fatalf("supply at the cap = %d", s)
	}
	wantCapExceeded(send(a.PackMint(f.dave.From, big.NewInt(1), id32("one-more"))), 250)
	// Holders still move units; a burn frees units to issue again.
	if err := f.transfer(f.alice, f.bob.From, 10); err != nil {
		t.Fatal(err)
	}
	f.admin(t, a.PackBurn(f.bob.From, big.NewInt(20), id32("redeem")))
	f.admin(t, a.PackMint(f.alice.From, big.NewInt(20), id32("reissue")))
	if got, s := supplyCap(), supply(); got != 250 || s != 250 {
		t.Fatalf("after burn and mint: supplyCap %d, totalSupply %d", got, s)
	}
}

// TestAssetTokenPause: pause stops holders, not the issuer or agents.
func TestAssetTokenPause(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackPause())
	if !mustCall(t, f.tok.inst, f.tok.abi.PackPaused(), f.tok.abi.UnpackPaused) {
		t.Fatal("paused() = false")
	}
	if got := restrictedCode(t, f.transfer(f.alice, f.bob.From, 1)); got != codePaused {
		t.Errorf("transfer while paused: %s", hexCode(got))
	}
	_, err := f.c.send(f.alice, f.tok.inst, f.tok.abi.PackBatchTransfer([]common.Address{f.bob.From}, []*big.Int{big.NewInt(1)}))
	if got := restrictedCode(t, err); got != codePaused {
		t.Errorf("batchTransfer while paused: %s", hexCode(got))
	}
	f.tok.mustMint(t, f.dave.From, big.NewInt(5), "mint-while-paused")
	f.admin(t, f.tok.abi.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(1)))
	f.admin(t, f.tok.abi.PackUnpause())
	f.c.mustSend(t, f.alice, f.tok.inst, f.tok.abi.PackBatchTransfer([]common.Address{f.bob.From, f.dave.From}, []*big.Int{big.NewInt(2), big.NewInt(3)}))
	if f.tok.balance(t, f.alice.From).Int64() != 94 || f.tok.balance(t, f.dave.From).Int64() != 8 {
		t.Errorf("after batchTransfer: alice %s dave %s", f.tok.balance(t, f.alice.From), f.tok.balance(t, f.dave.From))
	}
}

// TestAssetTokenPermit: an ERC-2612 permit grants an allowance; the transfer
// it pays for still passes compliance.
func TestAssetTokenPermit(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	owner, spender := f.c.keys[0], f.bob
	deadline := big.NewInt(int64(f.c.now(t) + 3600))
	nonce := mustCall(t, f.tok.inst, f.tok.abi.PackNonces(f.alice.From), f.tok.abi.UnpackNonces)
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit":       {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      apitypes.TypedDataDomain{Name: "Rue de Rivoli 12", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: f.tok.addr.Hex()},
		Message: apitypes.TypedDataMessage{
			"owner": f.alice.From.Hex(), "spender": spender.From.Hex(), "value": "50", "nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, owner)
	if err != nil {
		t.Fatal(err)
	}
	// Anyone may submit the permit.
	f.c.mustSend(t, f.carol, f.tok.inst, f.tok.abi.PackPermit(f.alice.From, spender.From, big.NewInt(50), deadline, sig[64]+27, [32]byte(sig[:32]), [32]byte(sig[32:64])))
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackAllowance(f.alice.From, spender.From), f.tok.abi.UnpackAllowance); got.Int64() != 50 {
		t.Fatalf("allowance after permit = %s", got)
	}
	_, err = f.c.send(spender, f.tok.inst, f.tok.abi.PackTransferFrom(f.alice.From, f.eve.From, big.NewInt(10)))
	if got := restrictedCode(t, err); got != codeReceiverUnverified {
		t.Errorf("transferFrom to an unregistered wallet: %s", hexCode(got))
	}
	f.c.mustSend(t, spender, f.tok.inst, f.tok.abi.PackTransferFrom(f.alice.From, f.dave.From, big.NewInt(10)))
	if f.tok.balance(t, f.dave.From).Int64() != 10 {
		t.Errorf("dave %s", f.tok.balance(t, f.dave.From))
	}
}

// TestAssetTokenValuationGuard: with the guard on, mints need a fresh,
// positive valuation from the feed.
func TestAssetTokenValuationGuard(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	feed := valuationfeed.NewValuationFeed()
	feedAddr := f.c.mustProxy(t, "ValuationFeed",
		feed.PackInitialize(8, "RIV12 / EUR", big.NewInt(1), big.NewInt(1e15), f.c.admin.From, f.c.admin.From, f.c.admin.From, f.c.admin.From))
	feedInst := feed.Instance(f.c.client, feedAddr)
	r := f.admin(t, f.tok.abi.PackSetValuationGuard(feedAddr, 3600))
	if ev := findEvent(t, r, f.tok.abi.UnpackValuationGuardSetEvent); ev.Feed != feedAddr || ev.MaxAge != 3600 {
		t.Errorf("ValuationGuardSet %+v", ev)
	}
	mint := func(request string) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMint(f.dave.From, big.NewInt(1), id32(request)))
		return err
	}
	check := func(when string, want uint8) {
		t.Helper()
		if got := f.tok.detect(t, common.Address{}, f.dave.From, big.NewInt(1)); got != want {
			t.Errorf("%s: detect = %s, want %s", when, hexCode(got), hexCode(want))
		}
		err := mint("mint-" + when)
		if want == codeOK {
			if err != nil {
				t.Errorf("%s: %v", when, err)
			}
			return
		}
		if got := restrictedCode(t, err); got != want {
			t.Errorf("%s: code %s, want %s", when, hexCode(got), hexCode(want))
		}
	}
	check("no valuation yet", codeValuationStale)
	f.c.mustSend(t, f.c.admin, feedInst, feed.PackTransmit(big.NewInt(1_000_000), f.c.now(t)))
	check("fresh", codeOK)
	// A paused feed's value is not used, fresh as it is.
	f.c.mustSend(t, f.c.admin, feedInst, feed.PackGrantRole(role("GUARDIAN_ROLE"), f.c.admin.From))
	f.c.mustSend(t, f.c.admin, feedInst, feed.PackPause())
	check("paused", codeValuationStale)
	f.c.mustSend(t, f.c.admin, feedInst, feed.PackUnpause())
	check("unpaused", codeOK)
	f.c.warp(t, 2*time.Hour)
	check("two hours old", codeValuationStale)
	// Transfers are not guarded.
	if err := f.transfer(f.alice, f.bob.From, 1); err != nil {
		t.Errorf("transfer with a stale valuation: %v", err)
	}
	f.admin(t, f.tok.abi.PackSetValuationGuard(common.Address{}, 0))
	check("guard off", codeOK)
}

func TestAssetTokenDocuments(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	r := f.admin(t, f.tok.abi.PackSetDocument(id32("prospectus"), "ipfs://prospectus-v1", id32("hash-v1")))
	if ev := findEvent(t, r, f.tok.abi.UnpackDocumentUpdatedEvent); ev.Name != id32("prospectus") || ev.Uri != "ipfs://prospectus-v1" || ev.DocumentHash != id32("hash-v1") {
		t.Errorf("DocumentUpdated %+v", ev)
	}
	f.admin(t, f.tok.abi.PackSetDocument(id32("valuation"), "ipfs://valuation", id32("hash-val")))
	f.admin(t, f.tok.abi.PackSetDocument(id32("audit"), "ipfs://audit", id32("hash-audit")))
	f.admin(t, f.tok.abi.PackSetDocument(id32("prospectus"), "ipfs://prospectus-v2", id32("hash-v2")))
	doc := mustCall(t, f.tok.inst, f.tok.abi.PackGetDocument(id32("prospectus")), f.tok.abi.UnpackGetDocument)
	if doc.Uri != "ipfs://prospectus-v2" || doc.DocumentHash != id32("hash-v2") || doc.LastModified.Uint64() == 0 {
		t.Errorf("getDocument %+v", doc)
	}
	r = f.admin(t, f.tok.abi.PackRemoveDocument(id32("prospectus")))
	if ev := findEvent(t, r, f.tok.abi.UnpackDocumentRemovedEvent); ev.Uri != "ipfs://prospectus-v2" {
		t.Errorf("DocumentRemoved %+v", ev)
	}
	all := mustCall(t, f.tok.inst, f.tok.abi.PackGetAllDocuments(), f.tok.abi.UnpackGetAllDocuments)
	if len(all) != 2 || all[0] != id32("audit") || all[1] != id32("valuation") {
		t.Errorf("getAllDocuments = %q", all)
	}
	if doc := mustCall(t, f.tok.inst, f.tok.abi.PackGetDocument(id32("prospectus")), f.tok.abi.UnpackGetDocument); doc.Uri != "" {
		t.Errorf("removed document still readable: %+v", doc)
	}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackRemoveDocument(id32("prospectus")))
	wantRevert(t, err, "DocumentNotFound(bytes32)")
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetDocument(id32("empty"), "", [32]byte{}))
	wantRevert(t, err, "InvalidDocument()")
}

// TestAssetTokenInterfaces: ERC-165 ids are computed here from the function
// signatures each standard lists, then checked against the token.
func TestAssetTokenInterfaces(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	erc7943 := interfaceID("forcedTransfer(address,address,uint256)", "setFrozenTokens(address,uint256)",
		"canSend(address)", "canReceive(address)", "getFrozenTokens(address)", "canTransfer(address,address,uint256)")
	if erc7943 != [4]byte{0x3e, 0xdb, 0xb4, 0xc4} {
		t.Fatalf("ERC-7943 fungible id computed as %x, the specification says 3edbb4c4", erc7943)
	}
	erc165 := interfaceID("supportsInterface(bytes4)")
	if erc165 != [4]byte{0x01, 0xff, 0xc9, 0xa7} {
		t.Fatalf("ERC-165 id %x", erc165)
	}
	cases := []struct {
		name string
		id   [4]byte
		want bool
	}{
		{"ERC-165", erc165, true},
		{"ERC-7943 fungible", erc7943, true},
		{"ERC-20 (selector XOR, no registered id)", interfaceID("totalSupply()", "balanceOf(address)", "transfer(address,uint256)",
			"transferFrom(address,address,uint256)", "approve(address,uint256)", "allowance(address,address)"), true},
		{"ERC-1404", interfaceID("detectTransferRestriction(address,address,uint256)", "messageForTransferRestriction(uint8)"), true},
		{"ERC-1643", interfaceID("getDocument(bytes32)", "setDocument(bytes32,string,bytes32)", "removeDocument(bytes32)", "getAllDocuments()"), true},
		{"AccessControl", interfaceID("hasRole(bytes32,address)", "getRoleAdmin(bytes32)", "grantRole(bytes32,address)",
			"revokeRole(bytes32,address)", "renounceRole(bytes32,address)"), true},
		{"ERC-721 (not this token)", [4]byte{0x80, 0xac, 0x58, 0xcd}, false},
		{"0xffffffff", [4]byte{0xff, 0xff, 0xff, 0xff}, false},
	}
	for _, tc := range cases {
		if got := mustCall(t, f.tok.inst, f.tok.abi.PackSupportsInterface(tc.id), f.tok.abi.UnpackSupportsInterface); got != tc.want {
			t.Errorf("supportsInterface(%s %x) = %v", tc.name, tc.id, got)
		}
	}
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackCompliance(), f.tok.abi.UnpackCompliance); got != f.tok.addr {
		t.Errorf("compliance() = %s, want the token itself", got)
	}
	if got := mustCall(t, f.tok.inst, f.tok.abi.PackIdentityRegistry(), f.tok.abi.UnpackIdentityRegistry); got != f.reg.addr {
		t.Errorf("identityRegistry() = %s", got)
	}
}

// TestRestrictionMessages checks the message of every code in the table.
func TestRestrictionMessages(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	want := map[uint8]string{
		codeOK:                 "no restriction",
		codePaused:             "transfers are paused",
		codeSenderFrozen:       "sender address is frozen",
		codeReceiverFrozen:     "receiver address is frozen",
		codeSenderNotVerified:  "sender is not a verified investor",
		codeReceiverUnverified: "receiver is not a verified investor",
		codeCountry:            "receiver's country is not allowed",
		codeNotEligible:        "receiver lacks the required eligibility flags",
		codeTokensFrozen:       "amount exceeds the sender's unfrozen balance",
		codeTokensLocked:       "amount includes tokens still under lock-up",
		codeMaxInvestors:       "maximum number of investors reached",
		codeMaxBalance:         "receiver's investor would exceed the maximum balance",
		codeValuationStale:     "asset valuation is stale or paused",
		codeDeedNotLocked:      "deed is not locked into the token",
		codeDeedLocked:         "deed is locked into its fraction token",
		codeReserveExceeded:    "mint exceeds proof of reserve",
		codeReserveStale:       "proof of reserve is stale, paused or missing",
		0x60:                   "unknown restriction code",
		codeLiquidateOnly:      "receiver's investor may only sell or redeem",
		codeBelowMinHolding:    "an investor would hold less than the minimum holding",
		codePartialTransfer:    "only a transfer of the sender's whole balance is allowed",
		codeFlowback:           "units may not move to a US person during the Reg S flowback window",
		codeCountryCap:         "maximum number of investors from the receiver's country reached",
		codeCategoryCap:        "maximum number of investors in one of the receiver's categories reached",
		codeCountryShare:       "investors from the receiver's country would exceed their maximum share",
		codeTransferLimit:      "amount exceeds the sender's investor's transfer limit for a window",
	}
	for code, msg := range want {
		if got := mustCall(t, f.tok.inst, f.tok.abi.PackMessageForTransferRestriction(code), f.tok.abi.UnpackMessageForTransferRestriction); got != msg {
			t.Errorf("message(%s) = %q, want %q", hexCode(code), got, msg)
		}
	}
}

// TestAssetTokenRoles calls every privileged function from an account
// without its role.
func TestAssetTokenRoles(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a, stranger := f.tok.abi, f.carol
	one, x := big.NewInt(1), f.bob.From
	cases := []struct {
		role string
		data []byte
	}{
		{"MINTER_ROLE", a.PackMint(x, one, id32("r1"))},
		{"MINTER_ROLE", a.PackMintLocked(x, one, id32("r2"), f.c.now(t)+60)},
		{"MINTER_ROLE", a.PackBatchMint([]common.Address{x}, []*big.Int{one}, [][32]byte{id32("r3")})},
		{"MINTER_ROLE", a.PackBurn(x, one, id32("r4"))},
		{"AGENT_ROLE", a.PackForcedTransfer(x, f.alice.From, one)},
		{"AGENT_ROLE", a.PackBatchForcedTransfer([]common.Address{x}, []common.Address{f.alice.From}, []*big.Int{one})},
		{"AGENT_ROLE", a.PackSetAddressFrozen(x, true)},
		{"AGENT_ROLE", a.PackBatchSetAddressFrozen([]common.Address{x}, []bool{true})},
		{"AGENT_ROLE", a.PackFreezePartialTokens(x, one)},
		{"AGENT_ROLE", a.PackUnfreezePartialTokens(x, one)},
		{"AGENT_ROLE", a.PackSetFrozenTokens(x, one)},
		{"AGENT_ROLE", a.PackRecoveryAddress(x, f.alice.From, id32("investor-B"))},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetMaxInvestors(1)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetMaxBalance(one)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetCountryRestriction(true)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetCountriesAllowed([]uint16{countryFR}, true)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetRequiredFlags(1)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetValuationGuard(common.Address{1}, 1)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetReserveGuard(f.tok.addr, 1, 0, new(big.Int))},
		{"PAUSER_ROLE", a.PackPause()},
		{"PAUSER_ROLE", a.PackUnpause()},
		{"DOCUMENT_ROLE", a.PackSetDocument(id32("doc"), "ipfs://x", id32("h"))},
		{"DOCUMENT_ROLE", a.PackRemoveDocument(id32("doc"))},
		{"DEFAULT_ADMIN_ROLE", a.PackReleaseDeed(x)},
		{"DEFAULT_ADMIN_ROLE", a.PackSetSupplyCap(one)},
		{"DEFAULT_ADMIN_ROLE", a.PackGrantRole(role("MINTER_ROLE"), stranger.From)},
	}
	for _, tc := range cases {
		wantUnauthorized(t, f.c, stranger, f.tok.inst, tc.data, tc.role)
	}
}

// wantUnauthorized sends data from stranger and expects AccessControl's
// AccessControlUnauthorizedAccount(stranger, role).
func wantUnauthorized(t *testing.T, c *chain, stranger *bind.TransactOpts, inst *bind.BoundContract, data []byte, roleName string) {
	t.Helper()
	_, err := c.send(stranger, inst, data)
	if err == nil {
		t.Errorf("selector %x by a stranger succeeded, want %s", data[:4], roleName)
		return
	}
	rd := revertData(err)
	sel := selector("AccessControlUnauthorizedAccount(address,bytes32)")
	if len(rd) != 68 || [4]byte(rd[:4]) != sel || common.BytesToAddress(rd[4:36]) != stranger.From || [32]byte(rd[36:68]) != role(roleName) {
		t.Errorf("selector %x by a stranger: revert %x, want AccessControlUnauthorizedAccount(%s, %s)", data[:4], rd, stranger.From, roleName)
	}
}

// findEvent returns the first log of r that unpack accepts.
func findEvent[E any](tb testing.TB, r *types.Receipt, unpack func(*types.Log) (*E, error)) *E {
	tb.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	tb.Fatalf("event %T not found in %d logs", *new(E), len(r.Logs))
	return nil
}

func countEvents(r *types.Receipt, topic common.Hash) int {
	n := 0
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == topic {
			n++
		}
	}
	return n
}

// eventOrder lists, for each log of r among topics, its position in topics.
func eventOrder(r *types.Receipt, topics ...common.Hash) []int {
	var order []int
	for _, l := range r.Logs {
		for i, tpc := range topics {
			if len(l.Topics) > 0 && l.Topics[0] == tpc {
				order = append(order, i)
			}
		}
	}
	return order
}

// TestAssetTokenFrozenAheadOfBalance: freezing more than the balance (ERC-7943
// allows it) blocks every positive amount but not a zero-amount transfer.
func TestAssetTokenFrozenAheadOfBalance(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackSetFrozenTokens(f.alice.From, big.NewInt(500)))
	if got := f.tok.detect(t, f.alice.From, f.bob.From, big.NewInt(0)); got != codeOK {
		t.Errorf("zero amount: %s", hexCode(got))
	}
	if err := f.transfer(f.alice, f.bob.From, 0); err != nil {
		t.Errorf("zero amount: %v", err)
	}
	wantUnfrozenRefusal(t, f.transfer(f.alice, f.bob.From, 1))
	// Locked and frozen together: the frozen part is reported first.
	f.admin(t, f.tok.abi.PackSetFrozenTokens(f.alice.From, big.NewInt(40)))
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("locked"), f.c.now(t)+3600))
	for amount, want := range map[int64]uint8{60: codeOK, 61: codeTokensLocked, 111: codeTokensFrozen} {
		if got := f.tok.detect(t, f.alice.From, f.bob.From, big.NewInt(amount)); got != want {
			t.Errorf("amount %d of 150 (40 frozen, 50 locked): %s, want %s", amount, hexCode(got), hexCode(want))
		}
	}
}

// wantUnfrozenRefusal: a holder transfer over the unfrozen balance (code
// 0x57 in detectTransferRestriction) reverts with ERC-7943's own error.
func wantUnfrozenRefusal(tb testing.TB, err error) {
	tb.Helper()
	wantRevert(tb, err, "ERC7943InsufficientUnfrozenBalance(address,uint256,uint256)")
}
