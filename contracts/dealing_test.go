package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain/create2"
)

// The ERC-165 ids Dealing reports, each computed from its interface's
// function signatures and checked against the standard's published value.
func TestDealingInterfaces(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	vault := []string{"asset()", "share()", "convertToShares(uint256)", "convertToAssets(uint256)", "totalAssets()",
		"maxDeposit(address)", "previewDeposit(uint256)", "deposit(uint256,address)", "maxMint(address)", "previewMint(uint256)",
		"mint(uint256,address)", "maxWithdraw(address)", "previewWithdraw(uint256)", "withdraw(uint256,address,address)",
		"maxRedeem(address)", "previewRedeem(uint256)", "redeem(uint256,address,address)"}
	for _, tc := range []struct {
		name string
		sigs []string
		want string
	}{
		{"ERC-165", []string{"supportsInterface(bytes4)"}, "0x01ffc9a7"},
		{"ERC-7540 operator", []string{"setOperator(address,bool)", "isOperator(address,address)"}, "0xe3bc4e65"},
		{"ERC-7540 async deposit", []string{"requestDeposit(uint256,address,address)", "pendingDepositRequest(uint256,address)",
			"claimableDepositRequest(uint256,address)", "deposit(uint256,address,address)", "mint(uint256,address,address)"}, "0xce3bbe50"},
		{"ERC-7540 async redeem", []string{"requestRedeem(uint256,address,address)", "pendingRedeemRequest(uint256,address)",
			"claimableRedeemRequest(uint256,address)"}, "0x620ee8e4"},
		{"ERC-7575", vault, "0x2f0a18c5"},
		{"ERC-7887 deposit", []string{"cancelDepositRequest(uint256,address)", "pendingCancelDepositRequest(uint256,address)",
			"claimableCancelDepositRequest(uint256,address)", "claimCancelDepositRequest(uint256,address,address)"}, "0x8bf840e3"},
		{"ERC-7887 redeem", []string{"cancelRedeemRequest(uint256,address)", "pendingCancelRedeemRequest(uint256,address)",
			"claimableCancelRedeemRequest(uint256,address)", "claimCancelRedeemRequest(uint256,address,address)"}, "0xe76cffc7"},
		{"IAccessControl", []string{"hasRole(bytes32,address)", "getRoleAdmin(bytes32)", "grantRole(bytes32,address)",
			"revokeRole(bytes32,address)", "renounceRole(bytes32,address)"}, "0x7965db0b"},
	} {
		id := interfaceID(tc.sigs...)
		if got := hexutil.Encode(id[:]); got != tc.want {
			t.Errorf("%s: computed %s, the standard says %s", tc.name, got, tc.want)
		}
		if !mustCall(t, d.inst, dealABI.PackSupportsInterface(id), dealABI.UnpackSupportsInterface) {
			t.Errorf("%s (%s) not supported", tc.name, tc.want)
		}
	}
	if mustCall(t, d.inst, dealABI.PackSupportsInterface([4]byte{0xff, 0xff, 0xff, 0xff}), dealABI.UnpackSupportsInterface) {
		t.Error("0xffffffff supported")
	}
	if got := mustCall(t, d.inst, dealABI.PackShare(), dealABI.UnpackShare); got != d.tok.addr {
		t.Errorf("share() = %s, want the token %s", got, d.tok.addr)
	}
	if got := mustCall(t, d.inst, dealABI.PackAsset(), dealABI.UnpackAsset); got != d.coin {
		t.Errorf("asset() = %s, want the payment token %s", got, d.coin)
	}
	if got := mustCall(t, d.inst, dealABI.PackFeed(), dealABI.UnpackFeed); got != d.feed.addr {
		t.Errorf("feed() = %s", got)
	}
	// The previews of an asynchronous vault revert (ERC-7540); the
	// conversions read 0 while the feed has no round, then the latest NAV.
	for _, data := range [][]byte{dealABI.PackPreviewDeposit(usd(1)), dealABI.PackPreviewMint(whole(1)),
		dealABI.PackPreviewRedeem(whole(1)), dealABI.PackPreviewWithdraw(usd(1))} {
		wantRevertData(t, callErr(t, d.inst, data), "AsyncFlow()")
	}
	wantBig(t, "convertToShares without a NAV", d.u256(t, dealABI.PackConvertToShares(usd(1000))), new(big.Int))
	d.observe(t, dealNAV, d.c.now(t))
	wantBig(t, "convertToShares", d.u256(t, dealABI.PackConvertToShares(usd(1000))), unitsFor(usd(1000), dealNAV))
	wantBig(t, "convertToAssets", d.u256(t, dealABI.PackConvertToAssets(whole(3))), assetsFor(whole(3), dealNAV))
	d.tok.mustMint(t, d.carol.From, whole(7), "seed")
	wantBig(t, "totalAssets", d.u256(t, dealABI.PackTotalAssets()), assetsFor(whole(7), dealNAV))
}

// Requests: who may make them, for whom, of what size, in which mode, and
// what the token's compliance says about them.
func TestDealingRequests(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin := d.c.admin
	d.tok.mustMint(t, d.bob.From, whole(50), "bob")
	d.observe(t, dealNAV, d.c.now(t))

	// A deposit request escrows the payment and shows as pending, stamped
	// with the next published cut-off.
	before := d.coinBalance(t, d.alice.From)
	next := d.nextCutoff(t)
	r := d.must(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From))
	if rc := findEvent(t, r, a.UnpackRequestCutoffEvent); rc.RequestId.Int64() != 1 || rc.Cutoff != next || next <= d.c.now(t) {
		t.Errorf("RequestCutoff %+v, want cut-off %d after the block", rc, next)
	}
	ev := findEvent(t, r, a.UnpackDepositRequestEvent)
	if ev.Controller != d.alice.From || ev.Owner != d.alice.From || ev.RequestId.Int64() != 1 || ev.Sender != d.alice.From || ev.Assets.Cmp(usd(1_000)) != 0 {
		t.Errorf("DepositRequest %+v", ev)
	}
	wantBig(t, "alice's payment after the request", d.coinBalance(t, d.alice.From), new(big.Int).Sub(before, usd(1_000)))
	wantBig(t, "escrowed", d.u256(t, a.PackEscrowed()), usd(1_000))
	wantBig(t, "pendingDepositRequest", d.u256(t, a.PackPendingDepositRequest(big.NewInt(1), d.alice.From)), usd(1_000))
	wantBig(t, "pendingDepositRequest of another controller", d.u256(t, a.PackPendingDepositRequest(big.NewInt(1), d.bob.From)), new(big.Int))
	wantBig(t, "claimableDepositRequest while pending", d.u256(t, a.PackClaimableDepositRequest(big.NewInt(1), d.alice.From)), new(big.Int))
	req := d.request(t, big.NewInt(1))
	if req.Controller != d.alice.From || req.Owner != d.alice.From || req.Kind != 1 || req.State != statePending || req.Flags != 0 ||
		req.Amount.Cmp(usd(1_000)) != 0 || req.Result.Sign() != 0 || req.Cutoff.Uint64() != next {
		t.Errorf("requestOf(1) = %+v", req)
	}

	// Operators: a stranger may not spend alice's payment for her, until she approves it.
	d.refuse(t, d.op, a.PackRequestDeposit(usd(500), d.op.From, d.alice.From), "Unauthorized(address,address)")
	r = d.must(t, d.alice, a.PackSetOperator(d.op.From, true))
	if os := findEvent(t, r, a.UnpackOperatorSetEvent); os.Controller != d.alice.From || os.Operator != d.op.From || !os.Approved {
		t.Errorf("OperatorSet %+v", os)
	}
	if !mustCall(t, d.inst, a.PackIsOperator(d.alice.From, d.op.From), a.UnpackIsOperator) {
		t.Error("isOperator false after setOperator")
	}
	r = d.must(t, d.op, a.PackRequestDeposit(usd(500), d.alice2.From, d.alice.From))
	ev = findEvent(t, r, a.UnpackDepositRequestEvent)
	if ev.Controller != d.alice2.From || ev.Owner != d.alice.From || ev.Sender != d.op.From || ev.RequestId.Int64() != 2 {
		t.Errorf("operator's DepositRequest %+v", ev)
	}
	if req := d.request(t, big.NewInt(2)); req.Owner != d.alice.From || req.Controller != d.alice2.From {
		t.Errorf("requestOf(2) owner %s controller %s", req.Owner, req.Controller)
	}
	// An operator of alice is no operator of bob.
	d.refuse(t, d.op, a.PackRequestRedeem(whole(1), d.bob.From, d.bob.From), "Unauthorized(address,address)")
	d.must(t, d.alice, a.PackSetOperator(d.op.From, false))
	d.refuse(t, d.op, a.PackRequestDeposit(usd(500), d.alice.From, d.alice.From), "Unauthorized(address,address)")

	// Tickets.
	rd := d.refuse(t, d.alice, a.PackRequestDeposit(new(big.Int).Sub(usd(100), big.NewInt(1)), d.alice.From, d.alice.From), "TicketTooSmall(uint256,uint256)")
	wantBig(t, "TicketTooSmall min", new(big.Int).SetBytes(rd[36:68]), usd(100))
	rd = d.refuse(t, d.alice, a.PackRequestDeposit(new(big.Int).Add(usd(1_000_000), big.NewInt(1)), d.alice.From, d.alice.From), "TicketTooLarge(uint256,uint256)")
	wantBig(t, "TicketTooLarge max", new(big.Int).SetBytes(rd[36:68]), usd(1_000_000))
	d.refuse(t, d.bob, a.PackRequestRedeem(new(big.Int).Sub(whole(1), big.NewInt(1)), d.bob.From, d.bob.From), "TicketTooSmall(uint256,uint256)")

	// Compliance, with the token's own codes: an unverified controller
	// cannot receive units (0x54), a frozen owner cannot redeem (0x51),
	// units under lock-up cannot be redeemed (0x58).
	if code := restrictedCode(t, d.refused(t, d.alice, a.PackRequestDeposit(usd(1_000), d.stranger.From, d.alice.From))); code != codeReceiverUnverified {
		t.Errorf("unverified controller: %s, want 0x54", hexCode(code))
	}
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackSetAddressFrozen(d.bob.From, true))
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackRequestRedeem(whole(1), d.bob.From, d.bob.From))); code != codeSenderFrozen {
		t.Errorf("frozen owner: %s, want 0x51", hexCode(code))
	}
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackSetAddressFrozen(d.bob.From, false))
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackMintLocked(d.carol.From, whole(10), id32("carol-locked"), d.c.now(t)+86_400))
	if code := restrictedCode(t, d.refused(t, d.carol, a.PackRequestRedeem(whole(1), d.carol.From, d.carol.From))); code != codeTokensLocked {
		t.Errorf("locked units: %s, want 0x58", hexCode(code))
	}

	// A redeem request locks the units in the owner's wallet.
	r = d.must(t, d.bob, a.PackRequestRedeem(whole(20), d.bob.From, d.bob.From))
	rr := findEvent(t, r, a.UnpackRedeemRequestEvent)
	if rr.Controller != d.bob.From || rr.Owner != d.bob.From || rr.Sender != d.bob.From || rr.Shares.Cmp(whole(20)) != 0 || rr.RequestId.Int64() != 3 {
		t.Errorf("RedeemRequest %+v", rr)
	}
	wantBig(t, "bob's balance", d.tok.balance(t, d.bob.From), whole(50))
	wantBig(t, "bob's frozen units", d.frozen(t, d.bob.From), whole(20))
	wantBig(t, "pendingRedeemRequest", d.u256(t, a.PackPendingRedeemRequest(big.NewInt(3), d.bob.From)), whole(20))
	wantBig(t, "pendingDepositRequest of a redeem", d.u256(t, a.PackPendingDepositRequest(big.NewInt(3), d.bob.From)), new(big.Int))
	// The locked units are no longer free: bob cannot lock them twice (0x57).
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackRequestRedeem(whole(31), d.bob.From, d.bob.From))); code != codeTokensFrozen {
		t.Errorf("redeeming locked units again: %s, want 0x57", hexCode(code))
	}
	wantBig(t, "nextRequestId", d.u256(t, a.PackNextRequestId()), big.NewInt(3))

	// Closed modes.
	d.must(t, admin, a.PackSetConfig(d.config(modeRedeem, dealFeeBps)))
	rd = d.refuse(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From), "ModeClosed(uint8)")
	if rd[len(rd)-1] != modeDeposit {
		t.Errorf("ModeClosed(%d), want %d", rd[len(rd)-1], modeDeposit)
	}
	d.refuse(t, d.alice, a.PackRequestDepositWire(usd(1_000), d.alice.From, d.alice.From, id32("wire")), "ModeClosed(uint8)")
	d.refuse(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)), "ModeClosed(uint8)")
	d.must(t, admin, a.PackSetConfig(d.config(modeDeposit, dealFeeBps)))
	d.refuse(t, d.bob, a.PackRequestRedeem(whole(1), d.bob.From, d.bob.From), "ModeClosed(uint8)")
	d.refuse(t, d.bob, a.PackRedeemInstant(whole(1), new(big.Int)), "ModeClosed(uint8)")
	// Configuration is CONFIG_ROLE's, and the fee is capped.
	d.refuse(t, d.alice, a.PackSetConfig(d.config(modesAll, 0)), "AccessControlUnauthorizedAccount(address,bytes32)")
	rd = d.refuse(t, admin, a.PackSetConfig(d.config(modesAll, 101)), "FeeAboveCap(uint16,uint16)")
	if rd[35] != 101 || rd[67] != 100 {
		t.Errorf("FeeAboveCap data %x", rd)
	}
	d.must(t, admin, a.PackSetConfig(d.config(modesAll, 100)))
}

// Fulfilment: the day's round, the exact integers of the pricing, the
// reserve, and a redeem whose units are gone.
func TestDealingFulfil(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin := d.c.admin
	d.tok.mustMint(t, d.carol.From, whole(40), "carol")
	d.tok.mustMint(t, d.bob.From, whole(3), "bob")
	// A round observed before any request: the day's round must come after the cut-off.
	early := d.observe(t, dealNAV-1_000, d.c.now(t))

	depA := usd(1_234).Add(usd(1_234), big.NewInt(567_891)) // 1234.567891
	depB := usd(100)
	red := new(big.Int).Add(whole(5), big.NewInt(7))
	idA := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(depA, d.alice.From, d.alice.From)))
	d.must(t, d.bob, a.PackSetOperator(d.op.From, true))
	idB := requestID(t, d.must(t, d.op, a.PackRequestDeposit(depB, d.bob.From, d.bob.From)))
	idR := requestID(t, d.must(t, d.carol, a.PackRequestRedeem(red, d.carol.From, d.carol.From)))
	idGone := requestID(t, d.must(t, d.bob, a.PackRequestRedeem(whole(2), d.bob.From, d.bob.From)))

	cutoff := d.stamp(t, idA)
	// Before the cut-off has passed, nothing prices.
	d.refuse(t, admin, a.PackFulfil(cutoff, early, ids(idA)), "NotAfterCutoff(uint64)")
	d.warpTo(t, cutoff+60)
	late := d.must(t, d.alice, a.PackRequestDeposit(usd(100), d.alice.From, d.alice.From))
	idLate := requestID(t, late)
	next := d.stamp(t, idLate)
	if next <= cutoff {
		t.Fatalf("a request after the cut-off %d stamped %d", cutoff, next)
	}
	first := d.observe(t, dealNAV, cutoff+10)
	second := d.observe(t, dealNAV+5_000, cutoff+20)

	// Only the fulfiller fulfils; only the first round at or after the cut-off prices it.
	d.refuse(t, d.alice, a.PackFulfil(cutoff, first, ids(idA)), "AccessControlUnauthorizedAccount(address,bytes32)")
	d.refuse(t, admin, a.PackFulfil(cutoff, early, ids(idA)), "WrongRound(uint80)")
	d.refuse(t, admin, a.PackFulfil(cutoff, second, ids(idA)), "WrongRound(uint80)")
	d.refuse(t, admin, a.PackFulfil(cutoff, big.NewInt(99), ids(idA)), "WrongRound(uint80)")
	// A request made after the cut-off belongs to the next day.
	rd := d.refuse(t, admin, a.PackFulfil(cutoff, first, ids(idA, idLate)), "WrongCutoff(uint256,uint64)")
	wantBig(t, "WrongCutoff id", new(big.Int).SetBytes(rd[4:36]), idLate)
	wantBig(t, "WrongCutoff stamp", new(big.Int).SetBytes(rd[36:68]), new(big.Int).SetUint64(next))
	// The redeem needs payment the reserve does not have yet.
	rd = d.refuse(t, admin, a.PackFulfil(cutoff, first, ids(idR)), "InsufficientReserve(uint256,uint256)")
	wantBig(t, "InsufficientReserve needed", new(big.Int).SetBytes(rd[4:36]), assetsFor(red, dealNAV))
	wantBig(t, "InsufficientReserve reserve", new(big.Int).SetBytes(rd[36:68]), new(big.Int))

	// Bob's locked units leave his wallet (an agent unfreezes and moves
	// them): his request is rejected and the day goes on.
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackUnfreezePartialTokens(d.bob.From, whole(2)))
	d.c.mustSend(t, d.bob, d.tok.inst, d.tok.abi.PackTransfer(d.carol.From, whole(2)))

	// The first batch pins the round and prices the deposits: escrow → reserve.
	r := d.must(t, admin, a.PackFulfil(cutoff, first, ids(idA, idB, idGone)))
	dp := findEvent(t, r, a.UnpackDayPricedEvent)
	if dp.Cutoff != cutoff || dp.RoundId.Cmp(first) != 0 || dp.Nav.Int64() != dealNAV {
		t.Errorf("DayPriced %+v", dp)
	}
	if got := mustCall(t, d.inst, a.PackDay(cutoff), a.UnpackDay); got.RoundId.Cmp(first) != 0 || got.NavTTL != dealNavTTL {
		t.Errorf("day = %+v, want round %s and the published navTTL %d", got, first, dealNavTTL)
	}
	sharesA, sharesB := unitsFor(depA, dealNAV), unitsFor(depB, dealNAV)
	var fulfilled int
	for _, l := range r.Logs {
		if ev, err := a.UnpackDepositFulfilledEvent(l); err == nil {
			fulfilled++
			want := map[int64]*big.Int{idA.Int64(): sharesA, idB.Int64(): sharesB}[ev.RequestId.Int64()]
			if ev.Cutoff != cutoff || ev.RoundId.Cmp(first) != 0 || want == nil || ev.Shares.Cmp(want) != 0 {
				t.Errorf("DepositFulfilled %+v, want shares %s", ev, want)
			}
		}
	}
	if fulfilled != 2 {
		t.Errorf("%d DepositFulfilled events", fulfilled)
	}
	rj := findEvent(t, r, a.UnpackRequestRejectedEvent)
	if rj.RequestId.Cmp(idGone) != 0 || rj.Code != unitsGone {
		t.Errorf("RequestRejected %+v", rj)
	}
	if req := d.request(t, idGone); req.State != stateRejected {
		t.Errorf("rejected request state %d", req.State)
	}
	wantBig(t, "bob's frozen units after the rejection", d.frozen(t, d.bob.From), new(big.Int))
	if req := d.request(t, idA); req.State != stateClaimable || req.RoundId != uint32(first.Uint64()) || req.Result.Cmp(sharesA) != 0 {
		t.Errorf("requestOf(A) = %+v", req)
	}
	// The remainder stays with the fund: assets·U·F − units·nav·P is below nav·P.
	rem := new(big.Int).Sub(new(big.Int).Mul(depA, pow10(26)), new(big.Int).Mul(sharesA, new(big.Int).Mul(big.NewInt(dealNAV), pow10(6))))
	if rem.Sign() < 0 || rem.Cmp(new(big.Int).Mul(big.NewInt(dealNAV), pow10(6))) >= 0 {
		t.Errorf("deposit remainder %s out of [0, nav·P)", rem)
	}
	wantBig(t, "escrowed", d.u256(t, a.PackEscrowed()), usd(100)) // the late request
	wantBig(t, "reserve", d.u256(t, a.PackReserve()), new(big.Int).Add(depA, depB))
	wantBig(t, "claimableDepositRequest(A)", d.u256(t, a.PackClaimableDepositRequest(idA, d.alice.From)), depA)
	wantBig(t, "maxMint(alice)", d.u256(t, a.PackMaxMint(d.alice.From)), sharesA)
	wantBig(t, "maxDeposit(bob)", d.u256(t, a.PackMaxDeposit(d.bob.From)), depB)

	// A resent batch is refused whole: its ids are no longer pending.
	rd = d.refuse(t, admin, a.PackFulfil(cutoff, first, ids(idA)), "NotPending(uint256,uint8)")
	if rd[len(rd)-1] != stateClaimable {
		t.Errorf("NotPending state %d", rd[len(rd)-1])
	}
	// A later batch of the same day uses the pinned round; the redeem is
	// paid from the reserve, the units unlocked and burned.
	d.refuse(t, admin, a.PackFulfil(cutoff, second, ids(idR)), "WrongRound(uint80)")
	supply := mustCall(t, d.tok.inst, d.tok.abi.PackTotalSupply(), d.tok.abi.UnpackTotalSupply)
	r = d.must(t, admin, a.PackFulfil(cutoff, first, ids(idR)))
	if countEvents(r, crypto.Keccak256Hash([]byte("DayPriced(uint64,uint80,int256)"))) != 0 {
		t.Error("DayPriced again for a pinned day")
	}
	owed := assetsFor(red, dealNAV)
	rf := findEvent(t, r, a.UnpackRedeemFulfilledEvent)
	if rf.RequestId.Cmp(idR) != 0 || rf.Controller != d.carol.From || rf.Shares.Cmp(red) != 0 || rf.Assets.Cmp(owed) != 0 {
		t.Errorf("RedeemFulfilled %+v, want assets %s", rf, owed)
	}
	rem = new(big.Int).Sub(new(big.Int).Mul(red, new(big.Int).Mul(big.NewInt(dealNAV), pow10(6))), new(big.Int).Mul(owed, pow10(26)))
	if rem.Sign() < 0 || rem.Cmp(pow10(26)) >= 0 {
		t.Errorf("redeem remainder %s out of [0, U·F)", rem)
	}
	wantBig(t, "carol's units", d.tok.balance(t, d.carol.From), new(big.Int).Sub(whole(42), red))
	wantBig(t, "carol's frozen units", d.frozen(t, d.carol.From), new(big.Int))
	wantBig(t, "supply", mustCall(t, d.tok.inst, d.tok.abi.PackTotalSupply(), d.tok.abi.UnpackTotalSupply), new(big.Int).Sub(supply, red))
	wantBig(t, "claimableAssets", d.u256(t, a.PackClaimableAssets()), owed)
	wantBig(t, "reserve after the redeem", d.u256(t, a.PackReserve()), new(big.Int).Sub(new(big.Int).Add(depA, depB), owed))
	wantBig(t, "claimableRedeemRequest", d.u256(t, a.PackClaimableRedeemRequest(idR, d.carol.From)), red)
	wantBig(t, "maxWithdraw(carol)", d.u256(t, a.PackMaxWithdraw(d.carol.From)), owed)
	if !mustCall(t, d.tok.inst, d.tok.abi.PackIsRequestProcessed(burnID(d.addr, idR)), d.tok.abi.UnpackIsRequestProcessed) {
		t.Error("the burn's request id is not the one derived from the request")
	}

	// The next day: the late request; a round observed too long after the cut-off is stale.
	d.warpTo(t, next+uint64(dealNavTTL)+120)
	stale := d.observe(t, dealNAV, next+uint64(dealNavTTL)+1)
	d.refuse(t, admin, a.PackFulfil(next, stale, ids(idLate)), "NavStale(uint80)")
}

// The cut-off schedule (forward pricing): cut-offs are published ahead
// and never moved; a request is stamped with the first one strictly after
// its block (one made in the cut-off's own second belongs to the next
// day); it is cancellable only before its cut-off and fulfilled only with
// it; a redeem the token now refuses (an owner frozen since) is rejected
// with the token's code and its lock released; a frozen controller is not
// paid.
func TestDealingCutoffs(t *testing.T) {
	t.Parallel()
	d := newBareDesk(t, false)
	a := dealABI
	admin := d.c.admin
	d.tok.mustMint(t, d.bob.From, whole(10), "bob")
	d.tok.mustMint(t, d.carol.From, whole(10), "carol")
	d.must(t, admin, a.PackFundReserve(usd(10_000)))
	// Blocks now follow each other second by second.
	d.c.warp(t, time.Hour)

	// Nothing is requested before a cut-off is published.
	d.refuse(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From), "NoCutoff()")
	d.refuse(t, d.bob, a.PackRequestRedeem(whole(1), d.bob.From, d.bob.From), "NoCutoff()")
	if d.nextCutoff(t) != 0 || mustCall(t, d.inst, a.PackLastCutoff(), a.UnpackLastCutoff) != 0 {
		t.Error("cut-offs before any was published")
	}
	// Publishing: CONFIG_ROLE only, in the future, strictly increasing.
	h := d.c.now(t)
	d.refuse(t, d.alice, a.PackPublishCutoffs([]uint64{h + 100}), "AccessControlUnauthorizedAccount(address,bytes32)")
	d.refuse(t, admin, a.PackPublishCutoffs(nil), "InvalidCutoff(uint64)")
	d.refuse(t, admin, a.PackPublishCutoffs([]uint64{h}), "InvalidCutoff(uint64)")
	d.refuse(t, admin, a.PackPublishCutoffs([]uint64{h + 100, h + 100}), "InvalidCutoff(uint64)")
	h = d.c.now(t)
	c1, c2 := h+100, h+100+7200
	r := d.must(t, admin, a.PackPublishCutoffs([]uint64{c1, c2}))
	if n := countEvents(r, crypto.Keccak256Hash([]byte("CutoffPublished(uint64)"))); n != 2 {
		t.Errorf("%d CutoffPublished events", n)
	}
	// A published cut-off cannot be moved: nothing before or at the last.
	d.refuse(t, admin, a.PackPublishCutoffs([]uint64{c2}), "InvalidCutoff(uint64)")
	d.refuse(t, admin, a.PackPublishCutoffs([]uint64{c2 - 1}), "InvalidCutoff(uint64)")
	if got := mustCall(t, d.inst, a.PackLastCutoff(), a.UnpackLastCutoff); got != c2 {
		t.Errorf("lastCutoff = %d, want %d", got, c2)
	}
	d.warpTo(t, c1-3) // the next block is c1 - 2
	idA := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From)))
	idR := requestID(t, d.must(t, d.bob, a.PackRequestRedeem(whole(4), d.bob.From, d.bob.From)))
	r = d.must(t, d.alice, a.PackRequestDeposit(usd(500), d.alice.From, d.alice.From))
	idB := requestID(t, r)
	if at := blockTime(t, d.c, r.BlockNumber); at != c1 {
		t.Fatalf("the third request was mined at %d, the test wants the cut-off's second %d", at, c1)
	}
	// The request in the cut-off's own second belongs to the next day.
	if d.stamp(t, idA) != c1 || d.stamp(t, idR) != c1 || d.stamp(t, idB) != c2 {
		t.Fatalf("stamps %d %d %d, want %d %d %d", d.stamp(t, idA), d.stamp(t, idR), d.stamp(t, idB), c1, c1, c2)
	}
	if rc := findEvent(t, r, a.UnpackRequestCutoffEvent); rc.RequestId.Cmp(idB) != 0 || rc.Cutoff != c2 {
		t.Errorf("RequestCutoff %+v", rc)
	}
	// After the cut-off nothing of that day is cancelled.
	rd := d.refuse(t, d.alice, a.PackCancelDepositRequest(idA, d.alice.From), "CutoffPassed(uint256,uint64)")
	wantBig(t, "CutoffPassed cut-off", new(big.Int).SetBytes(rd[36:68]), new(big.Int).SetUint64(c1))
	d.refuse(t, d.bob, a.PackCancelRedeemRequest(idR, d.bob.From), "CutoffPassed(uint256,uint64)")

	// Day 1's round; the request of the cut-off's second is not in it.
	d.warpTo(t, c1+60)
	round1 := d.observe(t, dealNAV, c1+30)
	rd = d.refuse(t, admin, a.PackFulfil(c1, round1, ids(idA, idB)), "WrongCutoff(uint256,uint64)")
	wantBig(t, "WrongCutoff id", new(big.Int).SetBytes(rd[4:36]), idB)
	// Carol redeems for day 2; compliance then freezes her wallet.
	idC := requestID(t, d.must(t, d.carol, a.PackRequestRedeem(whole(3), d.carol.From, d.carol.From)))
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackSetAddressFrozen(d.carol.From, true))

	// Day 2: the fulfiller cannot price day 1's request at day 2's NAV.
	d.warpTo(t, c2+60)
	round2 := d.observe(t, dealNAV+1_000, c2+30)
	rd = d.refuse(t, admin, a.PackFulfil(c2, round2, ids(idA)), "WrongCutoff(uint256,uint64)")
	wantBig(t, "WrongCutoff stamp", new(big.Int).SetBytes(rd[36:68]), new(big.Int).SetUint64(c1))
	d.must(t, admin, a.PackFulfil(c1, round1, ids(idA, idR)))
	// Carol's redeem is rejected with the token's code, her units unlocked and kept.
	r = d.must(t, admin, a.PackFulfil(c2, round2, ids(idB, idC)))
	if rj := findEvent(t, r, a.UnpackRequestRejectedEvent); rj.RequestId.Cmp(idC) != 0 || rj.Code != codeSenderFrozen {
		t.Errorf("RequestRejected %+v, want request %s code 0x51", rj, idC)
	}
	if req := d.request(t, idC); req.State != stateRejected {
		t.Errorf("the frozen owner's redeem is in state %d", req.State)
	}
	wantBig(t, "carol's units", d.tok.balance(t, d.carol.From), whole(10))
	wantBig(t, "carol's frozen units", d.frozen(t, d.carol.From), new(big.Int))
	if req := d.request(t, idB); req.State != stateClaimable {
		t.Errorf("day 2's deposit in state %d", req.State)
	}

	// Bob's priced redemption is not paid while his wallet is frozen.
	owed := assetsFor(whole(4), dealNAV)
	wantBig(t, "bob's claimable payment", d.u256(t, a.PackMaxWithdraw(d.bob.From)), owed)
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackSetAddressFrozen(d.bob.From, true))
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackRedeem(whole(4), d.alice.From, d.bob.From))); code != codeSenderFrozen {
		t.Errorf("a frozen controller's redeem claim: %s, want 0x51", hexCode(code))
	}
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackWithdraw(owed, d.bob.From, d.bob.From))); code != codeSenderFrozen {
		t.Errorf("a frozen controller's withdraw claim: %s, want 0x51", hexCode(code))
	}
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackSetAddressFrozen(d.bob.From, false))
	before := d.coinBalance(t, d.bob.From)
	d.must(t, d.bob, a.PackRedeem(whole(4), d.bob.From, d.bob.From))
	wantBig(t, "bob's payment", new(big.Int).Sub(d.coinBalance(t, d.bob.From), before), owed)

	// Past the last published cut-off, requests stop until more are published.
	d.refuse(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From), "NoCutoff()")
}

// fulfilled is a desk whose alice (a deposit) and carol (a redeem) have
// claimable totals from one day.
func fulfilled(t *testing.T) (d *desk, dep, red, shares, owed *big.Int) {
	t.Helper()
	d = newDesk(t, false)
	a := dealABI
	d.tok.mustMint(t, d.carol.From, whole(40), "carol")
	dep = new(big.Int).Add(usd(10_000), big.NewInt(333_333))
	red = new(big.Int).Add(whole(7), big.NewInt(123_456_789))
	d.must(t, d.c.admin, a.PackFundReserve(usd(5_000)))
	idA := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(dep, d.alice.From, d.alice.From)))
	idR := requestID(t, d.must(t, d.carol, a.PackRequestRedeem(red, d.carol.From, d.carol.From)))
	cutoff, round := d.day(t, dealNAV)
	d.must(t, d.c.admin, a.PackFulfil(cutoff, round, ids(idA, idR)))
	return d, dep, red, unitsFor(dep, dealNAV), assetsFor(red, dealNAV)
}

// Claims draw on the controller's totals: partial claims round for the
// fund, the whole remainder gives exactly what is left, and nobody claims
// more than is claimable or for someone else.
func TestDealingClaims(t *testing.T) {
	t.Parallel()
	d, dep, red, shares, owed := fulfilled(t)
	a := dealABI

	// deposit(assets): floor(assets · cShares / cAssets) units.
	part := new(big.Int).Div(dep, big.NewInt(3))
	want1 := mulDiv(part, shares, dep, false)
	d.refuse(t, d.stranger, a.PackDeposit(part, d.stranger.From, d.alice.From), "Unauthorized(address,address)")
	r := d.must(t, d.alice, a.PackDeposit(part, d.alice.From, d.alice.From))
	ev := findEvent(t, r, a.UnpackDepositEvent)
	if ev.Sender != d.alice.From || ev.Owner != d.alice.From || ev.Assets.Cmp(part) != 0 || ev.Shares.Cmp(want1) != 0 {
		t.Errorf("Deposit %+v, want shares %s", ev, want1)
	}
	wantBig(t, "alice's units", d.tok.balance(t, d.alice.From), want1)
	// mint(shares) through an operator, to another wallet: ceil(shares · cAssets / cShares) assets.
	cA, cS := new(big.Int).Sub(dep, part), new(big.Int).Sub(shares, want1)
	d.must(t, d.alice, a.PackSetOperator(d.op.From, true))
	mintShares := new(big.Int).Div(cS, big.NewInt(2))
	wantAssets := mulDiv(mintShares, cA, cS, true)
	r = d.must(t, d.op, a.PackMint0(mintShares, d.alice2.From, d.alice.From))
	ev = findEvent(t, r, a.UnpackDepositEvent)
	if ev.Owner != d.alice2.From || ev.Sender != d.alice.From || ev.Assets.Cmp(wantAssets) != 0 || ev.Shares.Cmp(mintShares) != 0 {
		t.Errorf("mint's Deposit %+v, want assets %s", ev, wantAssets)
	}
	cA.Sub(cA, wantAssets)
	cS.Sub(cS, mintShares)
	wantBig(t, "maxDeposit", d.u256(t, a.PackMaxDeposit(d.alice.From)), cA)
	wantBig(t, "maxMint", d.u256(t, a.PackMaxMint(d.alice.From)), cS)
	// More than claimable is refused; the whole remainder gives the rest.
	d.refuse(t, d.alice, a.PackDeposit(new(big.Int).Add(cA, big.NewInt(1)), d.alice.From, d.alice.From), "ExceedsClaimable(uint256,uint256)")
	d.refuse(t, d.alice, a.PackMint(new(big.Int).Add(cS, big.NewInt(1)), d.alice.From), "ExceedsClaimable(uint256,uint256)")
	r = d.must(t, d.alice, a.PackDeposit0(cA, d.alice.From))
	if ev = findEvent(t, r, a.UnpackDepositEvent); ev.Shares.Cmp(cS) != 0 {
		t.Errorf("the remainder's Deposit %+v, want shares %s", ev, cS)
	}
	total := new(big.Int).Add(d.tok.balance(t, d.alice.From), d.tok.balance(t, d.alice2.From))
	wantBig(t, "units alice's wallets received", total, shares)
	wantBig(t, "maxMint after everything", d.u256(t, a.PackMaxMint(d.alice.From)), new(big.Int))
	wantBig(t, "claimableDepositRequest after everything", d.u256(t, a.PackClaimableDepositRequest(big.NewInt(1), d.alice.From)), new(big.Int))
	d.refuse(t, d.alice, a.PackDeposit0(big.NewInt(1), d.alice.From), "ExceedsClaimable(uint256,uint256)")

	// redeem(shares): floor(shares · cAssets / cShares) payment.
	before := d.coinBalance(t, d.carol.From)
	rs := new(big.Int).Div(red, big.NewInt(3))
	pay1 := mulDiv(rs, owed, red, false)
	r = d.must(t, d.carol, a.PackRedeem(rs, d.carol.From, d.carol.From))
	w := findEvent(t, r, a.UnpackWithdrawEvent)
	if w.Sender != d.carol.From || w.Receiver != d.carol.From || w.Owner != d.carol.From || w.Assets.Cmp(pay1) != 0 || w.Shares.Cmp(rs) != 0 {
		t.Errorf("Withdraw %+v, want assets %s", w, pay1)
	}
	// withdraw(assets): ceil(assets · cShares / cAssets) units counted.
	rA, rS := new(big.Int).Sub(owed, pay1), new(big.Int).Sub(red, rs)
	wa := new(big.Int).Div(rA, big.NewInt(2))
	ws := mulDiv(wa, rS, rA, true)
	r = d.must(t, d.carol, a.PackWithdraw(wa, d.carol.From, d.carol.From))
	if w = findEvent(t, r, a.UnpackWithdrawEvent); w.Shares.Cmp(ws) != 0 || w.Assets.Cmp(wa) != 0 {
		t.Errorf("withdraw's Withdraw %+v, want shares %s", w, ws)
	}
	rA.Sub(rA, wa)
	rS.Sub(rS, ws)
	d.refuse(t, d.carol, a.PackWithdraw(new(big.Int).Add(rA, big.NewInt(1)), d.carol.From, d.carol.From), "ExceedsClaimable(uint256,uint256)")
	d.refuse(t, d.carol, a.PackRedeem(new(big.Int).Add(rS, big.NewInt(1)), d.carol.From, d.carol.From), "ExceedsClaimable(uint256,uint256)")
	d.refuse(t, d.alice, a.PackRedeem(rS, d.alice.From, d.carol.From), "Unauthorized(address,address)")
	r = d.must(t, d.carol, a.PackRedeem(rS, d.carol.From, d.carol.From))
	if w = findEvent(t, r, a.UnpackWithdrawEvent); w.Assets.Cmp(rA) != 0 {
		t.Errorf("the remainder's Withdraw %+v, want assets %s", w, rA)
	}
	wantBig(t, "payment carol received", new(big.Int).Sub(d.coinBalance(t, d.carol.From), before), owed)
	wantBig(t, "claimableAssets after everything", d.u256(t, a.PackClaimableAssets()), new(big.Int))
}

// ERC-7887: a pending request cancels at once; its claim returns the
// escrow or unlocks the units; nothing else cancels.
func TestDealingCancel(t *testing.T) {
	t.Parallel()
	d, _, _, _, _ := fulfilled(t)
	a := dealABI
	d.refuse(t, d.alice, a.PackCancelDepositRequest(big.NewInt(1), d.alice.From), "NotPending(uint256,uint8)")
	d.refuse(t, d.carol, a.PackCancelRedeemRequest(big.NewInt(2), d.carol.From), "NotPending(uint256,uint8)")

	dep := usd(777)
	id := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(dep, d.alice.From, d.alice.From)))
	d.refuse(t, d.bob, a.PackCancelDepositRequest(id, d.alice.From), "Unauthorized(address,address)")
	d.refuse(t, d.bob, a.PackCancelDepositRequest(id, d.bob.From), "WrongController(uint256,address)")
	d.refuse(t, d.alice, a.PackCancelRedeemRequest(id, d.alice.From), "WrongKind(uint256)")
	d.refuse(t, d.alice, a.PackClaimCancelDepositRequest(id, d.alice.From, d.alice.From), "NotClaimable(uint256,uint8)")
	escrow := d.u256(t, a.PackEscrowed())
	r := d.must(t, d.alice, a.PackCancelDepositRequest(id, d.alice.From))
	if ev := findEvent(t, r, a.UnpackCancelDepositRequestEvent); ev.Controller != d.alice.From || ev.RequestId.Cmp(id) != 0 || ev.Sender != d.alice.From {
		t.Errorf("CancelDepositRequest %+v", ev)
	}
	wantBig(t, "escrowed after cancel", d.u256(t, a.PackEscrowed()), new(big.Int).Sub(escrow, dep))
	wantBig(t, "cancelledAssets", d.u256(t, a.PackCancelledAssets()), dep)
	wantBig(t, "pendingDepositRequest after cancel", d.u256(t, a.PackPendingDepositRequest(id, d.alice.From)), new(big.Int))
	wantBig(t, "claimableCancelDepositRequest", d.u256(t, a.PackClaimableCancelDepositRequest(id, d.alice.From)), dep)
	if mustCall(t, d.inst, a.PackPendingCancelDepositRequest(id, d.alice.From), a.UnpackPendingCancelDepositRequest) {
		t.Error("a synchronous cancellation shows as pending")
	}
	d.refuse(t, d.alice, a.PackCancelDepositRequest(id, d.alice.From), "NotPending(uint256,uint8)")
	cutoff, round := d.day(t, dealNAV)
	d.refuse(t, d.c.admin, a.PackFulfil(cutoff, round, ids(id)), "NotPending(uint256,uint8)")
	before := d.coinBalance(t, d.alice2.From)
	r = d.must(t, d.alice, a.PackClaimCancelDepositRequest(id, d.alice2.From, d.alice.From))
	if ev := findEvent(t, r, a.UnpackCancelDepositClaimEvent); ev.Controller != d.alice.From || ev.Receiver != d.alice2.From ||
		ev.RequestId.Cmp(id) != 0 || ev.Assets.Cmp(dep) != 0 {
		t.Errorf("CancelDepositClaim %+v", ev)
	}
	wantBig(t, "payment returned", new(big.Int).Sub(d.coinBalance(t, d.alice2.From), before), dep)
	d.refuse(t, d.alice, a.PackClaimCancelDepositRequest(id, d.alice.From, d.alice.From), "NotClaimable(uint256,uint8)")
	if req := d.request(t, id); req.State != stateCancelClaimed {
		t.Errorf("state after the claim %d", req.State)
	}

	// A redeem: its units never left the wallet; the claim unlocks them, to the owner only.
	rid := requestID(t, d.must(t, d.carol, a.PackRequestRedeem(whole(3), d.carol.From, d.carol.From)))
	frozen := d.frozen(t, d.carol.From)
	r = d.must(t, d.carol, a.PackCancelRedeemRequest(rid, d.carol.From))
	if ev := findEvent(t, r, a.UnpackCancelRedeemRequestEvent); ev.RequestId.Cmp(rid) != 0 {
		t.Errorf("CancelRedeemRequest %+v", ev)
	}
	wantBig(t, "claimableCancelRedeemRequest", d.u256(t, a.PackClaimableCancelRedeemRequest(rid, d.carol.From)), whole(3))
	d.refuse(t, d.carol, a.PackClaimCancelRedeemRequest(rid, d.bob.From, d.carol.From), "ReceiverNotOwner(address,address)")
	r = d.must(t, d.carol, a.PackClaimCancelRedeemRequest(rid, d.carol.From, d.carol.From))
	if ev := findEvent(t, r, a.UnpackCancelRedeemClaimEvent); ev.Receiver != d.carol.From || ev.Shares.Cmp(whole(3)) != 0 {
		t.Errorf("CancelRedeemClaim %+v", ev)
	}
	wantBig(t, "carol's frozen units", d.frozen(t, d.carol.From), new(big.Int).Sub(frozen, whole(3)))
}

// Wire mode: payment and payout happen off chain, confirmed by the fulfiller.
func TestDealingWire(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin := d.c.admin
	d.tok.mustMint(t, d.carol.From, whole(10), "carol")
	d.must(t, admin, a.PackFundReserve(usd(1_000)))
	coinBefore := d.coinBalance(t, d.alice.From)
	r := d.must(t, d.alice, a.PackRequestDepositWire(usd(500), d.alice.From, d.alice.From, id32("wire-in-1")))
	id := requestID(t, r)
	if w := findEvent(t, r, a.UnpackWireRequestEvent); w.RequestId.Cmp(id) != 0 || w.Ref != id32("wire-in-1") {
		t.Errorf("WireRequest %+v", w)
	}
	wantBig(t, "alice's payment (nothing pulled)", d.coinBalance(t, d.alice.From), coinBefore)
	wantBig(t, "escrowed", d.u256(t, a.PackEscrowed()), new(big.Int))
	rid := requestID(t, d.must(t, d.carol, a.PackRequestRedeemWire(whole(4), d.carol.From, d.carol.From, id32("wire-out-1"))))

	cutoff, round := d.day(t, dealNAV)
	wantBig(t, "NotPaid id", new(big.Int).SetBytes(d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(rid, id)), "NotPaid(uint256)")[4:]), id)
	d.refuse(t, d.alice, a.PackConfirmPayment(id, id32("bank-1")), "AccessControlUnauthorizedAccount(address,bytes32)")
	d.refuse(t, admin, a.PackConfirmPayment(rid, id32("bank-1")), "WrongKind(uint256)")
	// The payment arrives after the day's cut-off: the request deals on
	// the first cut-off after its payment, never at a price known when the
	// money was sent.
	next := d.nextCutoff(t)
	r = d.must(t, admin, a.PackConfirmPayment(id, id32("bank-1")))
	if pc := findEvent(t, r, a.UnpackPaymentConfirmedEvent); pc.RequestId.Cmp(id) != 0 || pc.Ref != id32("bank-1") {
		t.Errorf("PaymentConfirmed %+v", pc)
	}
	if rc := findEvent(t, r, a.UnpackRequestCutoffEvent); rc.RequestId.Cmp(id) != 0 || rc.Cutoff != next || next <= cutoff {
		t.Errorf("the payment stamps the request with %+v, want the next cut-off %d (day %d)", rc, next, cutoff)
	}
	d.refuse(t, admin, a.PackConfirmPayment(id, id32("bank-1")), "AlreadyConfirmed(uint256)")
	d.refuse(t, admin, a.PackConfirmPayout(rid, id32("too-early")), "NotClaimable(uint256,uint8)")
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(rid, id)), "WrongCutoff(uint256,uint64)")
	reserve := d.u256(t, a.PackReserve())
	d.must(t, admin, a.PackFulfil(cutoff, round, ids(rid)))
	cutoff2, round2 := d.day(t, dealNAV)
	if cutoff2 != next {
		t.Fatalf("the next day closes at %d, the payment stamped %d", cutoff2, next)
	}
	d.must(t, admin, a.PackFulfil(cutoff2, round2, ids(id)))
	// The wire money never enters the reserve, in or out.
	wantBig(t, "reserve", d.u256(t, a.PackReserve()), reserve)
	wantBig(t, "claimableAssets", d.u256(t, a.PackClaimableAssets()), new(big.Int))
	units := unitsFor(usd(500), dealNAV)
	d.must(t, d.alice, a.PackDeposit0(usd(500), d.alice.From))
	wantBig(t, "alice's units", d.tok.balance(t, d.alice.From), units)
	// The wire redeem is priced, its units still locked until the payout.
	if req := d.request(t, rid); req.State != stateClaimable || req.Result.Cmp(assetsFor(whole(4), dealNAV)) != 0 || req.Flags != 1 {
		t.Errorf("wire redeem %+v", req)
	}
	wantBig(t, "claimableRedeemRequest of a wire redeem", d.u256(t, a.PackClaimableRedeemRequest(rid, d.carol.From)), new(big.Int))
	wantBig(t, "carol's units before the payout", d.tok.balance(t, d.carol.From), whole(10))
	wantBig(t, "carol's frozen units before the payout", d.frozen(t, d.carol.From), whole(4))
	d.refuse(t, d.carol, a.PackCancelRedeemRequest(rid, d.carol.From), "NotPending(uint256,uint8)")
	r = d.must(t, admin, a.PackConfirmPayout(rid, id32("bank-2")))
	if po := findEvent(t, r, a.UnpackPayoutConfirmedEvent); po.RequestId.Cmp(rid) != 0 || po.Ref != id32("bank-2") {
		t.Errorf("PayoutConfirmed %+v", po)
	}
	wantBig(t, "carol's units after the payout", d.tok.balance(t, d.carol.From), whole(6))
	wantBig(t, "carol's frozen units after the payout", d.frozen(t, d.carol.From), new(big.Int))
	d.refuse(t, admin, a.PackConfirmPayout(rid, id32("bank-2")), "AlreadyConfirmed(uint256)")
	d.refuse(t, admin, a.PackConfirmPayout(id, id32("bank-2")), "WrongKind(uint256)")

	// A cancelled wire deposit has nothing on chain to return; unpaid, it
	// belongs to no day yet, so it may be cancelled after its cut-off.
	wid := requestID(t, d.must(t, d.alice, a.PackRequestDepositWire(usd(300), d.alice.From, d.alice.From, id32("wire-in-2"))))
	d.warpTo(t, d.stamp(t, wid)+1)
	d.must(t, d.alice, a.PackCancelDepositRequest(wid, d.alice.From))
	wantBig(t, "claimableCancelDepositRequest of a wire deposit", d.u256(t, a.PackClaimableCancelDepositRequest(wid, d.alice.From)), new(big.Int))
	r = d.must(t, d.alice, a.PackClaimCancelDepositRequest(wid, d.alice.From, d.alice.From))
	if ev := findEvent(t, r, a.UnpackCancelDepositClaimEvent); ev.Assets.Sign() != 0 {
		t.Errorf("wire CancelDepositClaim %+v", ev)
	}
	d.refuse(t, admin, a.PackConfirmPayment(big.NewInt(1_000), id32("x")), "WrongKind(uint256)")
}

// The instant facility: fee, slippage, tickets, freshness, the reserve and
// the rate limits, globally and per investor across wallets.
func TestDealingInstant(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin := d.c.admin
	d.refuse(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)), "NoNav()")
	d.observe(t, dealNAV, d.c.now(t))

	// subscribe: fee = ceil(assets · 37 / 10 000), units = floor((assets − fee) → units).
	assets := new(big.Int).Add(usd(1_000), big.NewInt(1))
	fee := feeOf(assets, dealFeeBps)
	units := unitsFor(new(big.Int).Sub(assets, fee), dealNAV)
	if fee.Cmp(big.NewInt(3_700_001)) != 0 {
		t.Fatalf("fee %s: the test's own arithmetic is off", fee)
	}
	d.refuse(t, d.alice, a.PackSubscribe(assets, new(big.Int).Add(units, big.NewInt(1))), "Slippage(uint256,uint256)")
	d.refuse(t, d.alice, a.PackSubscribe(new(big.Int).Sub(usd(100), big.NewInt(1)), new(big.Int)), "TicketTooSmall(uint256,uint256)")
	d.refuse(t, d.stranger, a.PackSubscribe(usd(1_000), new(big.Int)), "ERC20InsufficientAllowance(address,uint256,uint256)")
	r := d.must(t, d.alice, a.PackSubscribe(assets, units))
	s := findEvent(t, r, a.UnpackSubscribedEvent)
	if s.Investor != d.alice.From || s.RoundId.Int64() != 1 || s.Assets.Cmp(assets) != 0 || s.Fee.Cmp(fee) != 0 || s.Units.Cmp(units) != 0 {
		t.Errorf("Subscribed %+v, want fee %s units %s", s, fee, units)
	}
	wantBig(t, "alice's units", d.tok.balance(t, d.alice.From), units)
	wantBig(t, "fees", d.u256(t, a.PackFees()), fee)
	wantBig(t, "reserve", d.u256(t, a.PackReserve()), new(big.Int).Sub(assets, fee))

	// redeemInstant: gross = floor(units → payment), fee = ceil(gross · bps), net = gross − fee.
	d.must(t, admin, a.PackFundReserve(usd(10_000)))
	ru := new(big.Int).Div(units, big.NewInt(2))
	gross := assetsFor(ru, dealNAV)
	rfee := feeOf(gross, dealFeeBps)
	net := new(big.Int).Sub(gross, rfee)
	d.refuse(t, d.alice, a.PackRedeemInstant(ru, new(big.Int).Add(net, big.NewInt(1))), "Slippage(uint256,uint256)")
	// Units frozen by compliance are not free: the token's code.
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackFreezePartialTokens(d.alice.From, units))
	if code := restrictedCode(t, d.refused(t, d.alice, a.PackRedeemInstant(ru, new(big.Int)))); code != codeTokensFrozen {
		t.Errorf("frozen units: %s, want 0x57", hexCode(code))
	}
	d.c.mustSend(t, admin, d.tok.inst, d.tok.abi.PackUnfreezePartialTokens(d.alice.From, units))
	before := d.coinBalance(t, d.alice.From)
	r = d.must(t, d.alice, a.PackRedeemInstant(ru, net))
	ri := findEvent(t, r, a.UnpackRedeemedInstantEvent)
	if ri.Units.Cmp(ru) != 0 || ri.Fee.Cmp(rfee) != 0 || ri.Assets.Cmp(net) != 0 {
		t.Errorf("RedeemedInstant %+v, want fee %s net %s", ri, rfee, net)
	}
	wantBig(t, "alice's payment", new(big.Int).Sub(d.coinBalance(t, d.alice.From), before), net)
	wantBig(t, "alice's units after", d.tok.balance(t, d.alice.From), new(big.Int).Sub(units, ru))

	// The treasury.
	d.refuse(t, d.alice, a.PackWithdrawFees(d.alice.From), "AccessControlUnauthorizedAccount(address,bytes32)")
	fees := d.u256(t, a.PackFees())
	before = d.coinBalance(t, admin.From)
	d.must(t, admin, a.PackWithdrawFees(admin.From))
	wantBig(t, "fees withdrawn", new(big.Int).Sub(d.coinBalance(t, admin.From), before), fees)
	reserve := d.u256(t, a.PackReserve())
	d.refuse(t, admin, a.PackWithdrawReserve(new(big.Int).Add(reserve, big.NewInt(1)), admin.From), "InsufficientReserve(uint256,uint256)")
	d.must(t, admin, a.PackWithdrawReserve(new(big.Int).Sub(reserve, big.NewInt(5)), admin.From))
	rd := d.refuse(t, d.alice, a.PackRedeemInstant(ru, new(big.Int)), "InsufficientReserve(uint256,uint256)")
	wantBig(t, "InsufficientReserve needed", new(big.Int).SetBytes(rd[4:36]), gross)
	d.must(t, admin, a.PackFundReserve(usd(100_000)))
	// Anyone may add to the reserve (the issuer's own wallet holds no
	// role); only the treasury takes from it.
	reserve = d.u256(t, a.PackReserve())
	d.must(t, d.alice, a.PackFundReserve(usd(1)))
	wantBig(t, "reserve funded by a wallet without a role", d.u256(t, a.PackReserve()), new(big.Int).Add(reserve, usd(1)))
	d.refuse(t, d.alice, a.PackWithdrawReserve(usd(1), d.alice.From), "AccessControlUnauthorizedAccount(address,bytes32)")

	// Rate limits: 4,000 a window globally, 3,000 per investor, over 1,000 s.
	window := uint64(1_000)
	d.refuse(t, d.alice, a.PackSetRateLimit(0, usd(4_000), usd(3_000), uint32(window)), "AccessControlUnauthorizedAccount(address,bytes32)")
	d.refuse(t, admin, a.PackSetRateLimit(2, usd(4_000), usd(3_000), uint32(window)), "InvalidRateLimit()")
	d.refuse(t, admin, a.PackSetRateLimit(0, usd(4_000), usd(3_000), 0), "InvalidRateLimit()")
	d.must(t, admin, a.PackSetRateLimit(0, usd(4_000), usd(3_000), uint32(window)))
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	wantBig(t, "redeem remaining without limits", d.u256(t, a.PackRemaining(1, d.alice.From)), maxU)
	wantBig(t, "subscribe remaining", d.u256(t, a.PackRemaining(0, d.alice.From)), usd(3_000))
	r1 := d.must(t, d.alice, a.PackSubscribe(usd(2_000), new(big.Int)))
	t1 := blockTime(t, d.c, r1.BlockNumber)
	// alice's second wallet is the same investor: 1,500 more is refused.
	rd = d.refuse(t, d.alice2, a.PackSubscribe(usd(1_500), new(big.Int)), "RateLimited(uint8,uint256)")
	if rd[35] != 0 {
		t.Errorf("RateLimited direction %d", rd[35])
	}
	r2 := d.must(t, d.alice2, a.PackSubscribe(usd(900), new(big.Int)))
	t2 := blockTime(t, d.c, r2.BlockNumber)
	// bob is another investor, but the global limit is nearly used.
	d.refuse(t, d.bob, a.PackSubscribe(usd(1_500), new(big.Int)), "RateLimited(uint8,uint256)")
	r3 := d.must(t, d.bob, a.PackSubscribe(usd(1_000), new(big.Int)))
	t3 := blockTime(t, d.c, r3.BlockNumber)

	// remaining() decays linearly: used(t) = max(0, used(t0) − (t − t0) · capacity / window).
	decay := func(used *big.Int, since, now uint64, capacity *big.Int) *big.Int {
		freed := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(now-since), capacity), new(big.Int).SetUint64(window))
		if freed.Cmp(used) >= 0 {
			return new(big.Int)
		}
		return new(big.Int).Sub(used, freed)
	}
	check := func(what string) {
		now := d.c.now(t)
		g := decay(usd(2_000), t1, t2, usd(4_000))
		g = decay(g.Add(g, usd(900)), t2, t3, usd(4_000))
		g = decay(g.Add(g, usd(1_000)), t3, now, usd(4_000))
		i := decay(usd(2_000), t1, t2, usd(3_000))
		i = decay(i.Add(i, usd(900)), t2, now, usd(3_000))
		want := new(big.Int).Sub(usd(4_000), g)
		if il := new(big.Int).Sub(usd(3_000), i); il.Cmp(want) < 0 {
			want = il
		}
		for _, w := range []common.Address{d.alice.From, d.alice2.From} {
			wantBig(t, what+": remaining of "+w.Hex(), d.u256(t, a.PackRemaining(0, w)), want)
		}
	}
	check("right after")
	d.c.warp(t, 100*time.Second)
	check("100 s later")
	d.c.warp(t, time.Duration(window)*time.Second)
	wantBig(t, "remaining after a whole window", d.u256(t, a.PackRemaining(0, d.alice.From)), usd(3_000))

	// A NAV older than navTTL stops the facility.
	d.c.warp(t, time.Duration(dealNavTTL)*time.Second)
	d.refuse(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)), "NavStale(uint80)")
	d.refuse(t, d.alice, a.PackRedeemInstant(whole(1), new(big.Int)), "NavStale(uint80)")
}

func blockTime(tb testing.TB, c *chain, n *big.Int) uint64 {
	tb.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), n)
	if err != nil {
		tb.Fatal(err)
	}
	return h.Time
}

// Guards of the feed Dealing prices from: a paused feed, answers out of
// bounds (a feed built with the pause switch, and answers ValuationFeed
// itself would refuse).
func TestDealingFeedGuards(t *testing.T) {
	t.Parallel()
	d := newDesk(t, true)
	a := dealABI
	admin := d.c.admin
	request := func() *big.Int {
		return requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From)))
	}
	// Each day's first round after its cut-off prices that day alone: a
	// day whose round is refused leaves its requests pending.
	id := request()
	cutoff, round := d.day(t, 0)
	d.c.mustSend(t, admin, d.tfeedInst, tfeedABI.PackSetPaused(true))
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(id)), "NavPaused()")
	d.c.mustSend(t, admin, d.tfeedInst, tfeedABI.PackSetPaused(false))
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(id)), "NavOutOfBounds(int256)")
	stuck := id
	id = request()
	cutoff, round = d.day(t, 2e15)
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(id)), "NavOutOfBounds(int256)")
	id = request()
	cutoff, round = d.day(t, dealNAV)
	// Nor does a later day's price take an earlier day's request.
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(stuck)), "WrongCutoff(uint256,uint64)")
	d.c.mustSend(t, admin, d.tfeedInst, tfeedABI.PackSetPaused(true))
	d.refuse(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)), "NavPaused()")
	d.refuse(t, admin, a.PackFulfil(cutoff, round, ids(id)), "NavPaused()")
	d.c.mustSend(t, admin, d.tfeedInst, tfeedABI.PackSetPaused(false))
	d.must(t, admin, a.PackFulfil(cutoff, round, ids(id)))
	d.must(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)))
}

// The proxy upgrades through UPGRADER_ROLE alone, keeping its state.
func TestDealingUpgrade(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin := d.c.admin
	id := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From)))
	code, err := create2.ImplementationInitCode("Dealing", common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	next := d.c.mustDeploy(t, hexutil.Encode(code), nil)
	current, err := create2.Implementation(t.Context(), d.c.client, d.addr)
	if err != nil {
		t.Fatal(err)
	}
	upgrade := a.PackUpgradeToAndCall(next, []byte{})
	wantUnauthorizedFor(t, dealErr(d, admin, upgrade), admin.From, "UPGRADER_ROLE", "the admin upgrades")
	wantUnauthorizedFor(t, dealErr(d, admin, a.PackGrantRole(role("UPGRADER_ROLE"), admin.From)), admin.From, "UPGRADER_ROLE", "the admin grants itself UPGRADER_ROLE")
	wantUnauthorizedFor(t, dealErr(d, d.stranger, upgrade), d.stranger.From, "UPGRADER_ROLE", "a stranger upgrades")
	init := a.PackInitialize(d.tok.addr, d.coin, d.feed.addr, d.stranger.From, d.stranger.From, d.stranger.From)
	wantRevert(t, dealErr(d, d.stranger, init), "InvalidInitialization()")
	_, err = d.c.send(d.stranger, a.Instance(d.c.client, current), init)
	wantRevert(t, err, "InvalidInitialization()")
	d.must(t, d.upgrader, upgrade)
	if got, _ := create2.Implementation(t.Context(), d.c.client, d.addr); got != next {
		t.Fatalf("implementation %s after the upgrade, want %s", got, next)
	}
	if req := d.request(t, id); req.State != statePending || req.Amount.Cmp(usd(1_000)) != 0 {
		t.Errorf("request after the upgrade %+v", req)
	}
	wantBig(t, "escrowed after the upgrade", d.u256(t, a.PackEscrowed()), usd(1_000))
}

func dealErr(d *desk, o *bind.TransactOpts, data []byte) error {
	_, err := d.send(o, data)
	return err
}

// A day no round can price any more is void: anyone may say so once
// navTTL has passed without a round fit for it, the fulfiller whenever its
// approver refused the book; nothing deals at a void day, and its requests
// may be cancelled after the cut-off. A priced day is never void.
func TestDealingVoidDay(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	admin, ttl := d.c.admin, uint64(dealNavTTL)
	d.tok.mustMint(t, d.bob.From, whole(10), "bob")
	d.must(t, admin, a.PackFundReserve(usd(10_000)))
	before := d.observe(t, dealNAV, d.c.now(t)) // a round before any cut-off

	c1 := d.nextCutoff(t)
	idA := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(1_000), d.alice.From, d.alice.From)))
	idR := requestID(t, d.must(t, d.bob, a.PackRequestRedeem(whole(4), d.bob.From, d.bob.From)))
	coinA, unitsB := d.coinBalance(t, d.alice.From), d.tok.balance(t, d.bob.From)
	// Before its cut-off a day is not void, whoever asks.
	d.refuse(t, admin, a.PackVoidDay(c1, new(big.Int)), "NotVoidable(uint64)")
	// After it, while a round may still come, only the fulfiller may.
	d.warpTo(t, c1+60)
	d.refuse(t, d.stranger, a.PackVoidDay(c1, new(big.Int)), "NotVoidable(uint64)")
	d.refuse(t, d.alice, a.PackCancelDepositRequest(idA, d.alice.From), "CutoffPassed(uint256,uint64)")

	// The relay was down: the day's first round was observed past navTTL.
	d.warpTo(t, c1+ttl+120)
	late := d.observe(t, dealNAV, c1+ttl+60)
	d.refuse(t, admin, a.PackFulfil(c1, late, ids(idA, idR)), "NavStale(uint80)")
	// The proof must name the day's first round: not one before the
	// cut-off, and 0 (none) is not true any more.
	d.refuse(t, d.stranger, a.PackVoidDay(c1, before), "NotVoidable(uint64)")
	d.refuse(t, d.stranger, a.PackVoidDay(c1, new(big.Int)), "NotVoidable(uint64)")
	r := d.must(t, d.stranger, a.PackVoidDay(c1, late))
	if ev := findEvent(t, r, a.UnpackDayVoidedEvent); ev.Cutoff != c1 || ev.By != d.stranger.From {
		t.Errorf("DayVoided %+v", ev)
	}
	wantVoid := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(1))
	wantBig(t, "the round of a void day", mustCall(t, d.inst, a.PackDay(c1), a.UnpackDay).RoundId, wantVoid)
	d.refuse(t, admin, a.PackVoidDay(c1, new(big.Int)), "NotVoidable(uint64)")
	// Nothing deals at it, and its requests are cancelled and refunded.
	d.refuse(t, admin, a.PackFulfil(c1, late, ids(idA)), "DayVoid(uint64)")
	d.must(t, d.alice, a.PackCancelDepositRequest(idA, d.alice.From))
	d.must(t, d.alice, a.PackClaimCancelDepositRequest(idA, d.alice.From, d.alice.From))
	wantBig(t, "alice's refund", new(big.Int).Sub(d.coinBalance(t, d.alice.From), coinA), usd(1_000))
	d.must(t, d.bob, a.PackCancelRedeemRequest(idR, d.bob.From))
	d.must(t, d.bob, a.PackClaimCancelRedeemRequest(idR, d.bob.From, d.bob.From))
	wantBig(t, "bob's units", d.tok.balance(t, d.bob.From), unitsB)
	wantBig(t, "bob's frozen units", d.frozen(t, d.bob.From), new(big.Int))

	// The next day had no round at all by navTTL after its cut-off: 0 proves it.
	c2 := d.nextCutoff(t)
	idB := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(500), d.alice.From, d.alice.From)))
	d.warpTo(t, c2+ttl/2)
	d.refuse(t, d.stranger, a.PackVoidDay(c2, new(big.Int)), "NotVoidable(uint64)")
	d.warpTo(t, c2+ttl+1)
	d.must(t, d.stranger, a.PackVoidDay(c2, new(big.Int)))
	d.must(t, d.alice, a.PackCancelDepositRequest(idB, d.alice.From))

	// A day with a fresh round: the fulfiller may still void it (its
	// book was refused), nobody else; once priced, not even the fulfiller.
	c3 := d.nextCutoff(t)
	idC := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(700), d.alice.From, d.alice.From)))
	c4 := c3 + 3600
	d.warpTo(t, c3+60)
	idD := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(800), d.alice.From, d.alice.From)))
	r3 := d.observe(t, dealNAV, c3+30)
	d.warpTo(t, c3+ttl+120)
	d.refuse(t, d.stranger, a.PackVoidDay(c3, r3), "NotVoidable(uint64)")
	d.must(t, admin, a.PackFulfil(c3, r3, ids(idC)))
	d.refuse(t, admin, a.PackVoidDay(c3, new(big.Int)), "NotVoidable(uint64)")
	d.warpTo(t, c4+60)
	d.must(t, admin, a.PackVoidDay(c4, new(big.Int)))
	d.must(t, d.alice, a.PackCancelDepositRequest(idD, d.alice.From))
	if req := d.request(t, idC); req.State != stateClaimable {
		t.Errorf("the priced day's deposit is in state %d", req.State)
	}

	// A round written after the time-to-live, dated back inside it (a late
	// override, say), does not price the day: once anyone may void it,
	// nobody may deal at it. It is the proof the day is void.
	c5 := d.nextCutoff(t)
	idE := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(300), d.alice.From, d.alice.From)))
	d.warpTo(t, c5+ttl+600)
	backdated := d.observe(t, dealNAV, c5+60)
	d.refuse(t, admin, a.PackFulfil(c5, backdated, ids(idE)), "NavStale(uint80)")
	d.must(t, d.stranger, a.PackVoidDay(c5, backdated))
	d.must(t, d.alice, a.PackCancelDepositRequest(idE, d.alice.From))

	// A day keeps the time-to-live it was published under: a shorter one
	// set since neither lets anyone void it nor stops its round pricing
	// it. A day cannot be published without one.
	c6 := d.nextCutoff(t)
	idF := requestID(t, d.must(t, d.alice, a.PackRequestDeposit(usd(400), d.alice.From, d.alice.From)))
	short := d.config(modesAll, dealFeeBps)
	short.NavTTL = 60
	d.must(t, admin, a.PackSetConfig(short))
	d.warpTo(t, c6+600)
	r6 := d.observe(t, dealNAV, c6+300)
	d.refuse(t, d.stranger, a.PackVoidDay(c6, r6), "NotVoidable(uint64)")
	d.must(t, admin, a.PackFulfil(c6, r6, ids(idF)))
	if got := mustCall(t, d.inst, a.PackDay(c6), a.UnpackDay); got.NavTTL != dealNavTTL || got.RoundId.Cmp(r6) != 0 {
		t.Errorf("the day after a shorter navTTL was set: %+v", got)
	}
	none := d.config(modesAll, dealFeeBps)
	none.NavTTL = 0
	d.must(t, admin, a.PackSetConfig(none))
	d.refuse(t, admin, a.PackPublishCutoffs([]uint64{d.c.now(t) + 100_000_000}), "InvalidConfig()")

	// A feed that never had a round (latestRoundData reverts) proves the
	// same once navTTL has passed.
	n := newDesk(t, false)
	cn := n.nextCutoff(t)
	idN := requestID(t, n.must(t, n.alice, a.PackRequestDeposit(usd(100), n.alice.From, n.alice.From)))
	n.warpTo(t, cn+ttl-1) // the next block is the time-to-live's last second
	n.refuse(t, n.stranger, a.PackVoidDay(cn, new(big.Int)), "NotVoidable(uint64)")
	n.warpTo(t, cn+ttl+1)
	n.must(t, n.stranger, a.PackVoidDay(cn, new(big.Int)))
	n.must(t, n.alice, a.PackCancelDepositRequest(idN, n.alice.From))
}
