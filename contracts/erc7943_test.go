package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// ERC-7943 (uRWA, final) conformance of the deed, the non-fungible
// interface: each test names the requirement of the standard it checks.

// TestERC7943DeedIntrospection: supportsInterface answers the non-fungible
// id 0xbf1ef5fe, the base standard's and ERC-165's; the four queries are views
// (they cannot change storage).
func TestERC7943DeedIntrospection(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	for name, id := range map[string][4]byte{
		"ERC-7943 non-fungible": {0xbf, 0x1e, 0xf5, 0xfe},
		"ERC-721":               {0x80, 0xac, 0x58, 0xcd},
		"ERC-165":               {0x01, 0xff, 0xc9, 0xa7},
	} {
		if !mustCall(t, f.inst, f.abi.PackSupportsInterface(id), f.abi.UnpackSupportsInterface) {
			t.Errorf("supportsInterface(%s) = false", name)
		}
	}
	if mustCall(t, f.inst, f.abi.PackSupportsInterface([4]byte{0xff, 0xff, 0xff, 0xff}), f.abi.UnpackSupportsInterface) {
		t.Error("supportsInterface(0xffffffff) = true")
	}
	methods := f.abi.GetABI().Methods
	for _, name := range []string{"canSend", "canReceive", "canTransfer", "getFrozenTokens"} {
		if m := methods[name].StateMutability; m != "view" {
			t.Errorf("%s is %q, want view", name, m)
		}
	}
}

// deedQueries are the three ERC-7943 queries of a deed for one transfer.
type deedQueries struct{ send, receive, transfer bool }

func (f *deedFixture) queries(tb testing.TB, from, to common.Address, id int64) deedQueries {
	tb.Helper()
	a := f.abi
	return deedQueries{
		send:     mustCall(tb, f.inst, a.PackCanSend(from), a.UnpackCanSend),
		receive:  mustCall(tb, f.inst, a.PackCanReceive(to), a.UnpackCanReceive),
		transfer: mustCall(tb, f.inst, a.PackCanTransfer(from, to, big.NewInt(id)), a.UnpackCanTransfer),
	}
}

// TestERC7943DeedTransferRules: for every rule, canSend and canReceive answer
// for the account alone (a pause or a frozen deed is no account's
// eligibility), canTransfer is false whenever either is (or a rule refuses the
// transfer), and no public transfer (transferFrom, both safeTransferFrom, by
// the holder or an approved operator) succeeds where canTransfer is false.
func TestERC7943DeedTransferRules(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	one := big.NewInt(1)
	holder := f.c.admin.From
	// bob may move the issuer's deeds: operator transfers pass the same rules.
	f.admin(t, f.abi.PackSetApprovalForAll(f.bob.From, true))
	cases := []struct {
		name  string
		setup func(tb testing.TB, f *deedFixture)
		to    func(f *deedFixture) common.Address
		want  deedQueries
	}{
		{"compliant", nil, deedAlice, deedQueries{true, true, true}},
		{"paused: a transfer rule, not an account's", func(tb testing.TB, f *deedFixture) { f.admin(tb, f.abi.PackPause()) },
			deedAlice, deedQueries{true, true, false}},
		{"deed frozen: a transfer rule", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetFrozenTokens(holder, one, true))
		}, deedAlice, deedQueries{true, true, false}},
		{"sender address frozen", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetAddressFrozen(holder, true))
		}, deedAlice, deedQueries{false, true, false}},
		{"sender not verified", func(tb testing.TB, f *deedFixture) {
			f.reg.c.mustSend(tb, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateExpiry(holder, f.c.now(tb)))
		}, deedAlice, deedQueries{false, true, false}},
		{"receiver address frozen", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetAddressFrozen(f.alice.From, true))
		}, deedAlice, deedQueries{true, false, false}},
		{"receiver not registered", nil, func(f *deedFixture) common.Address { return f.eve.From }, deedQueries{true, false, false}},
		{"receiver's country not allowed", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetCountryRestriction(true))
			f.admin(tb, f.abi.PackSetCountriesAllowed([]uint16{countryFR}, true))
		}, func(f *deedFixture) common.Address { return f.bob.From }, deedQueries{true, false, false}},
		{"receiver lacks a required flag", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetRequiredFlags(2))
		}, deedAlice, deedQueries{true, false, false}},
	}
	base := f.c.snapshot(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.c.restore(t, base)
			if tc.setup != nil {
				tc.setup(t, f)
			}
			to := tc.to(f)
			got := f.queries(t, holder, to, 1)
			if got != tc.want {
				t.Fatalf("canSend, canReceive, canTransfer = %+v, want %+v", got, tc.want)
			}
			if got.transfer && (!got.send || !got.receive) {
				t.Fatal("canTransfer is true where canSend or canReceive is false")
			}
			transfers := map[string]struct {
				by   string
				data []byte
			}{
				"transferFrom by the holder":       {"holder", f.abi.PackTransferFrom(holder, to, one)},
				"safeTransferFrom by the holder":   {"holder", f.abi.PackSafeTransferFrom(holder, to, one)},
				"safeTransferFrom(data) by holder": {"holder", f.abi.PackSafeTransferFrom0(holder, to, one, []byte("x"))},
				"transferFrom by an operator":      {"operator", f.abi.PackTransferFrom(holder, to, one)},
			}
			for name, tr := range transfers {
				snap := f.c.snapshot(t)
				from := f.c.admin
				if tr.by == "operator" {
					from = f.bob
				}
				_, err := f.c.send(from, f.inst, tr.data)
				if tc.want.transfer && err != nil {
					t.Errorf("%s: %v (revert %x)", name, err, revertData(err))
				}
				if !tc.want.transfer && err == nil {
					t.Errorf("%s succeeded where canTransfer is false", name)
				}
				f.c.restore(t, snap)
			}
		})
	}
}

// TestERC7943DeedCanTransferIsNoOwnershipCheck: canTransfer answers the rules,
// not ERC-721's ownership: a deed the sender does not hold, or one that does
// not exist, is transferable as far as the rules go. The queries never
// revert, whatever the accounts (zero, unregistered, contracts that answer
// nothing).
func TestERC7943DeedCanTransferIsNoOwnershipCheck(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	if got := f.queries(t, f.alice.From, f.bob.From, 1); !got.transfer {
		t.Error("canTransfer(alice → bob, the issuer's deed) = false: ownership is ERC-721's check")
	}
	if got := f.queries(t, f.alice.From, f.bob.From, 999); !got.transfer {
		t.Error("canTransfer of a deed that does not exist = false")
	}
	accounts := []common.Address{{}, f.eve.From, f.reg.addr, f.addr, f.tok.addr, common.HexToAddress("0x01")}
	for _, a := range accounts {
		for _, b := range accounts {
			for _, id := range []int64{0, 1, 999} {
				for _, data := range [][]byte{f.abi.PackCanSend(a), f.abi.PackCanReceive(b), f.abi.PackCanTransfer(a, b, big.NewInt(id)),
					f.abi.PackGetFrozenTokens(a, big.NewInt(id))} {
					if _, err := f.inst.CallRaw(&bind.CallOpts{}, data); err != nil {
						t.Errorf("query %x(%s, %s, %d) reverted: %v", data[:4], a, b, id, err)
					}
				}
			}
		}
	}
	// Zero addresses are no party: a mint or burn is not a transfer between holders.
	if f.queries(t, common.Address{}, f.alice.From, 1).transfer || f.queries(t, f.alice.From, common.Address{}, 1).transfer {
		t.Error("canTransfer from or to the zero address = true")
	}
}

// TestERC7943DeedFreezes: setFrozenTokens is restricted, emits Frozen, may
// freeze a deed the account does not hold (getFrozenTokens then reports it),
// and a frozen deed's holder transfer reverts with
// ERC7943InsufficientUnfrozenBalance, while a caller who may not move the
// deed at all gets ERC-721's error instead.
func TestERC7943DeedFreezes(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	a, one, holder := f.abi, big.NewInt(1), f.c.admin.From
	wantUnauthorized(t, f.c, f.bob, f.inst, a.PackSetFrozenTokens(holder, one, true), "AGENT_ROLE")

	r := f.admin(t, a.PackSetFrozenTokens(f.alice.From, one, true))
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Account != f.alice.From || ev.TokenId.Cmp(one) != 0 || !ev.FrozenStatus {
		t.Errorf("Frozen %+v", ev)
	}
	if !mustCall(t, f.inst, a.PackGetFrozenTokens(f.alice.From, one), a.UnpackGetFrozenTokens) {
		t.Error("a deed frozen ahead for a wallet that does not hold it is not reported frozen")
	}
	if mustCall(t, f.inst, a.PackGetFrozenTokens(holder, one), a.UnpackGetFrozenTokens) {
		t.Error("the holder's deed reads frozen though only alice's was frozen")
	}

	r = f.admin(t, a.PackSetFrozenTokens(holder, one, true))
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Account != holder || !ev.FrozenStatus {
		t.Errorf("Frozen %+v", ev)
	}
	_, err := f.c.send(f.c.admin, f.inst, a.PackTransferFrom(holder, f.alice.From, one))
	data := wantRevert(t, err, "ERC7943InsufficientUnfrozenBalance(address,uint256)")
	if common.BytesToAddress(data[4:36]) != holder || new(big.Int).SetBytes(data[36:68]).Cmp(one) != 0 {
		t.Errorf("ERC7943InsufficientUnfrozenBalance args %x", data[4:])
	}
	// Not the holder's to move: ERC-721's errors, whatever the freeze.
	_, err = f.c.send(f.bob, f.inst, a.PackTransferFrom(holder, f.alice.From, one))
	wantRevert(t, err, "ERC721InsufficientApproval(address,uint256)")
	_, err = f.c.send(f.c.admin, f.inst, a.PackTransferFrom(f.bob.From, f.alice.From, one))
	wantRevert(t, err, "ERC721IncorrectOwner(address,uint256,address)")
	_, err = f.c.send(f.c.admin, f.inst, a.PackTransferFrom(holder, f.alice.From, big.NewInt(7)))
	wantRevert(t, err, "ERC721NonexistentToken(uint256)")

	r = f.admin(t, a.PackSetFrozenTokens(holder, one, false))
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.FrozenStatus {
		t.Errorf("Frozen %+v", ev)
	}
	f.admin(t, a.PackTransferFrom(holder, f.alice.From, one))
}

// TestERC7943DeedForcedTransfer: forcedTransfer is restricted, validates
// ownership, refuses a receiver canReceive refuses, and, bypassing the
// holder's freezes, unfreezes the deed with a Frozen event before the
// Transfer, then emits ForcedTransfer.
func TestERC7943DeedForcedTransfer(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	a, one, holder := f.abi, big.NewInt(1), f.c.admin.From
	wantUnauthorized(t, f.c, f.bob, f.inst, a.PackForcedTransfer(holder, f.alice.From, one), "AGENT_ROLE")

	_, err := f.c.send(f.c.admin, f.inst, a.PackForcedTransfer(f.bob.From, f.alice.From, one))
	wantRevert(t, err, "ERC721IncorrectOwner(address,uint256,address)")
	_, err = f.c.send(f.c.admin, f.inst, a.PackForcedTransfer(holder, f.alice.From, big.NewInt(5)))
	wantRevert(t, err, "ERC721NonexistentToken(uint256)")
	_, err = f.c.send(f.c.admin, f.inst, a.PackForcedTransfer(holder, common.Address{}, one))
	wantRevert(t, err, "ERC721InvalidReceiver(address)")

	f.admin(t, a.PackSetFrozenTokens(holder, one, true))
	f.admin(t, a.PackSetAddressFrozen(f.bob.From, true))
	for name, to := range map[string]common.Address{"unregistered": f.eve.From, "frozen": f.bob.From} {
		if mustCall(t, f.inst, a.PackCanReceive(to), a.UnpackCanReceive) {
			t.Fatalf("canReceive(%s) = true", name)
		}
		if _, err := f.c.send(f.c.admin, f.inst, a.PackForcedTransfer(holder, to, one)); err == nil {
			t.Errorf("forced transfer to a receiver canReceive refuses (%s) succeeded", name)
		}
	}

	r := f.admin(t, a.PackForcedTransfer(holder, f.alice.From, one))
	events := a.GetABI().Events
	order := eventOrder(r, events["Frozen"].ID, events["Transfer"].ID, events["ForcedTransfer"].ID)
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("event order %v, want Frozen, Transfer, ForcedTransfer", order)
	}
	if ev := findEvent(t, r, a.UnpackForcedTransferEvent); ev.From != holder || ev.To != f.alice.From || ev.TokenId.Cmp(one) != 0 {
		t.Errorf("ForcedTransfer %+v", ev)
	}
	if ev := findEvent(t, r, a.UnpackTransferEvent); ev.From != holder || ev.To != f.alice.From || ev.TokenId.Cmp(one) != 0 {
		t.Errorf("Transfer %+v", ev)
	}
	if mustCall(t, f.inst, a.PackGetFrozenTokens(holder, one), a.UnpackGetFrozenTokens) || f.owner(t, 1) != f.alice.From {
		t.Error("the forced transfer left the deed frozen or did not move it")
	}
}

// TestERC7943DeedPermissionedBurn: burning a frozen deed (a permissioned
// burn, which may take frozen assets) updates the frozen status and emits
// Frozen before the Transfer.
func TestERC7943DeedPermissionedBurn(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	a, one, holder := f.abi, big.NewInt(1), f.c.admin.From
	f.admin(t, a.PackSetFrozenTokens(holder, one, true))
	r := f.admin(t, a.PackBurn(one))
	events := a.GetABI().Events
	if order := eventOrder(r, events["Frozen"].ID, events["Transfer"].ID); len(order) != 2 || order[0] != 0 || order[1] != 1 {
		t.Errorf("event order %v, want Frozen, Transfer", order)
	}
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Account != holder || ev.FrozenStatus {
		t.Errorf("Frozen %+v", ev)
	}
	if mustCall(t, f.inst, a.PackGetFrozenTokens(holder, one), a.UnpackGetFrozenTokens) {
		t.Error("the burned deed still reads frozen")
	}
	// An unfrozen burn says nothing of freezes.
	f.admin(t, a.PackMint(holder, big.NewInt(2), "ipfs://deed-2"))
	r = f.admin(t, a.PackBurn(big.NewInt(2)))
	if n := countEvents(r, events["Frozen"].ID); n != 0 {
		t.Errorf("%d Frozen events on the burn of an unfrozen deed", n)
	}
}

// TestERC7943DeedFractionToken: the fraction token a deed is bound to is no
// investor, yet public transfers move the deed into and out of it, so
// canReceive and canSend must say it may (and a frozen one may not), while
// a contract bound to no deed may not.
func TestERC7943DeedFractionToken(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	a, one, tok := f.abi, big.NewInt(1), f.tok.addr
	can := func(data []byte, unpack func([]byte) (bool, error)) bool { return mustCall(t, f.inst, data, unpack) }
	if can(a.PackCanReceive(tok), a.UnpackCanReceive) || can(a.PackCanSend(tok), a.UnpackCanSend) {
		t.Error("an unbound AssetToken may send or receive deeds")
	}
	f.admin(t, a.PackBindFractions(one, tok))
	if !can(a.PackCanReceive(tok), a.UnpackCanReceive) || !can(a.PackCanTransfer(f.c.admin.From, tok, one), a.UnpackCanTransfer) {
		t.Fatal("the bound fraction token may not receive its deed")
	}
	if can(a.PackCanTransfer(f.c.admin.From, tok, big.NewInt(2)), a.UnpackCanTransfer) {
		t.Error("the fraction token may receive a deed it is not bound to")
	}
	if can(a.PackCanReceive(f.reg.addr), a.UnpackCanReceive) {
		t.Error("a contract that is no fraction token may receive deeds")
	}
	f.admin(t, a.PackSafeTransferFrom(f.c.admin.From, tok, one))
	if !can(a.PackCanSend(tok), a.UnpackCanSend) || !can(a.PackCanTransfer(tok, f.alice.From, one), a.UnpackCanTransfer) {
		t.Error("the fraction token holding its deed may not send it")
	}
	f.admin(t, a.PackSetAddressFrozen(tok, true))
	if can(a.PackCanSend(tok), a.UnpackCanSend) || can(a.PackCanTransfer(tok, f.alice.From, one), a.UnpackCanTransfer) {
		t.Error("a frozen fraction token may send its deed")
	}
	// Every fraction is redeemed (none was minted): the release is the
	// public transfer canSend must allow; a frozen token's is refused.
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackReleaseDeed(f.alice.From))
	if got := restrictedCode(t, err); got != codeSenderFrozen {
		t.Errorf("release by a frozen fraction token: %s", hexCode(got))
	}
	f.admin(t, a.PackSetAddressFrozen(tok, false))
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackReleaseDeed(f.alice.From))
	if f.owner(t, 1) != f.alice.From {
		t.Error("the deed was not released")
	}
}

// --- fungible (AssetToken) -------------------------------------------------------

// fungibleQueries are the three ERC-7943 queries of the token for one transfer.
type fungibleQueries struct{ send, receive, transfer bool }

func (f *assetFixture) queries(tb testing.TB, from, to common.Address, amount *big.Int) fungibleQueries {
	tb.Helper()
	a := f.tok.abi
	return fungibleQueries{
		send:     mustCall(tb, f.tok.inst, a.PackCanSend(from), a.UnpackCanSend),
		receive:  mustCall(tb, f.tok.inst, a.PackCanReceive(to), a.UnpackCanReceive),
		transfer: mustCall(tb, f.tok.inst, a.PackCanTransfer(from, to, amount), a.UnpackCanTransfer),
	}
}

// TestERC7943FungibleIntrospection: supportsInterface answers 0x3edbb4c4 and
// ERC-165; the queries are views; they never revert, whatever the accounts
// and amounts.
func TestERC7943FungibleIntrospection(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	for name, id := range map[string][4]byte{"ERC-7943 fungible": {0x3e, 0xdb, 0xb4, 0xc4}, "ERC-165": {0x01, 0xff, 0xc9, 0xa7}} {
		if !mustCall(t, f.tok.inst, a.PackSupportsInterface(id), a.UnpackSupportsInterface) {
			t.Errorf("supportsInterface(%s) = false", name)
		}
	}
	for _, name := range []string{"canSend", "canReceive", "canTransfer", "getFrozenTokens"} {
		if m := a.GetABI().Methods[name].StateMutability; m != "view" {
			t.Errorf("%s is %q, want view", name, m)
		}
	}
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	f.admin(t, a.PackSetFrozenTokens(f.bob.From, new(big.Int).Lsh(big.NewInt(1), 120)))
	accounts := []common.Address{{}, f.alice.From, f.bob.From, f.eve.From, f.reg.addr, f.tok.addr}
	for _, x := range accounts {
		for _, y := range accounts {
			for _, amount := range []*big.Int{big.NewInt(0), big.NewInt(100), huge} {
				for _, data := range [][]byte{a.PackCanSend(x), a.PackCanReceive(y), a.PackCanTransfer(x, y, amount), a.PackGetFrozenTokens(x)} {
					if _, err := f.tok.inst.CallRaw(&bind.CallOpts{}, data); err != nil {
						t.Errorf("query %x(%s, %s, %s) reverted: %v", data[:4], x, y, amount, err)
					}
				}
			}
		}
	}
}

// TestERC7943FungibleTransferRules: canSend and canReceive answer for the
// account alone, canTransfer is false whenever either is or a rule refuses,
// and neither transfer nor transferFrom succeeds where canTransfer is false.
func TestERC7943FungibleTransferRules(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	ten := big.NewInt(10)
	f.c.mustSend(t, f.alice, f.tok.inst, a.PackApprove(f.carol.From, big.NewInt(1000)))
	cases := []struct {
		name  string
		setup func(tb testing.TB, f *assetFixture)
		to    func(f *assetFixture) common.Address
		want  fungibleQueries
	}{
		{"compliant", nil, bobAddr, fungibleQueries{true, true, true}},
		{"paused: a transfer rule", func(tb testing.TB, f *assetFixture) { f.admin(tb, a.PackPause()) }, bobAddr, fungibleQueries{true, true, false}},
		{"amount over the unfrozen balance: a transfer rule", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetFrozenTokens(f.alice.From, big.NewInt(95)))
		}, bobAddr, fungibleQueries{true, true, false}},
		{"maximum balance: a transfer rule", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetMaxBalance(big.NewInt(105)))
		}, bobAddr, fungibleQueries{true, true, false}},
		{"maximum investors: a transfer rule", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetMaxInvestors(2))
		}, daveAddr, fungibleQueries{true, true, false}},
		{"sender address frozen", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetAddressFrozen(f.alice.From, true))
		}, bobAddr, fungibleQueries{false, true, false}},
		{"sender's KYC expired", func(tb testing.TB, f *assetFixture) {
			f.c.mustSend(tb, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateExpiry(f.alice.From, f.c.now(tb)))
		}, bobAddr, fungibleQueries{false, true, false}},
		{"receiver address frozen", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetAddressFrozen(f.bob.From, true))
		}, bobAddr, fungibleQueries{true, false, false}},
		{"receiver not registered", nil, eveAddr, fungibleQueries{true, false, false}},
		{"receiver's country not allowed", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetCountryRestriction(true))
			f.admin(tb, a.PackSetCountriesAllowed([]uint16{countryFR}, true))
		}, bobAddr, fungibleQueries{true, false, false}},
		{"receiver lacks a required flag", func(tb testing.TB, f *assetFixture) {
			f.admin(tb, a.PackSetRequiredFlags(1))
		}, carolAddr, fungibleQueries{true, false, false}},
	}
	base := f.c.snapshot(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.c.restore(t, base)
			if tc.setup != nil {
				tc.setup(t, f)
			}
			to := tc.to(f)
			got := f.queries(t, f.alice.From, to, ten)
			if got != tc.want {
				t.Fatalf("canSend, canReceive, canTransfer = %+v, want %+v", got, tc.want)
			}
			for name, tr := range map[string]struct {
				from *bind.TransactOpts
				data []byte
			}{
				"transfer":     {f.alice, a.PackTransfer(to, ten)},
				"transferFrom": {f.carol, a.PackTransferFrom(f.alice.From, to, ten)},
			} {
				snap := f.c.snapshot(t)
				_, err := f.c.send(tr.from, f.tok.inst, tr.data)
				if tc.want.transfer && err != nil {
					t.Errorf("%s: %v (revert %x)", name, err, revertData(err))
				}
				if !tc.want.transfer && err == nil {
					t.Errorf("%s succeeded where canTransfer is false", name)
				}
				f.c.restore(t, snap)
			}
		})
	}
}

// TestERC7943FungibleBalanceIsNoRule: canTransfer does not fail on the
// balance (ERC-20's own check), and a transfer over the unfrozen balance
// reverts with ERC7943InsufficientUnfrozenBalance, over the whole balance
// with ERC-20's error.
func TestERC7943FungibleBalanceIsNoRule(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	s := steps{t}
	s.run("erc7943.canTransfer ignores the balance", func() error {
		if got := f.queries(t, f.alice.From, f.bob.From, big.NewInt(101)); !got.transfer {
			return errors.New("canTransfer(alice → bob, more than alice holds) = false")
		}
		if got := f.queries(t, f.dave.From, f.bob.From, big.NewInt(1)); !got.transfer {
			return errors.New("canTransfer from a verified wallet that holds nothing = false")
		}
		return nil
	})
	_, err := f.c.send(f.alice, f.tok.inst, a.PackTransfer(f.bob.From, big.NewInt(101)))
	wantRevert(t, err, "ERC20InsufficientBalance(address,uint256,uint256)")

	f.admin(t, a.PackSetFrozenTokens(f.alice.From, big.NewInt(95)))
	wantUnfrozen := func(err error) error {
		if err == nil {
			return errors.New("a transfer over the unfrozen balance succeeded")
		}
		data := revertData(err)
		if len(data) != 100 || [4]byte(data[:4]) != selector("ERC7943InsufficientUnfrozenBalance(address,uint256,uint256)") {
			return fmt.Errorf("reverted with %x, want ERC7943InsufficientUnfrozenBalance", data)
		}
		if common.BytesToAddress(data[4:36]) != f.alice.From || new(big.Int).SetBytes(data[36:68]).Int64() != 10 || new(big.Int).SetBytes(data[68:100]).Int64() != 5 {
			return fmt.Errorf("ERC7943InsufficientUnfrozenBalance args %x, want (alice, 10, 5)", data[4:])
		}
		return nil
	}
	s.run("erc7943.frozen transfer error", func() error {
		_, err := f.c.send(f.alice, f.tok.inst, a.PackTransfer(f.bob.From, big.NewInt(10)))
		return wantUnfrozen(err)
	})
	f.c.mustSend(t, f.alice, f.tok.inst, a.PackApprove(f.carol.From, big.NewInt(1000)))
	s.run("erc7943.transferFrom over unfrozen balance error", func() error {
		_, err := f.c.send(f.carol, f.tok.inst, a.PackTransferFrom(f.alice.From, f.bob.From, big.NewInt(10)))
		return wantUnfrozen(err)
	})
	// Over the whole balance, ERC-20's error comes first, frozen or not.
	_, err = f.c.send(f.alice, f.tok.inst, a.PackTransfer(f.bob.From, big.NewInt(101)))
	wantRevert(t, err, "ERC20InsufficientBalance(address,uint256,uint256)")
	if err := f.transfer(f.alice, f.bob.From, 5); err != nil {
		t.Errorf("transfer of the unfrozen balance: %v", err)
	}
}

// TestERC7943FungibleFreezes: setFrozenTokens is restricted, overwrites the
// frozen amount, emits Frozen, and may freeze more than the balance.
func TestERC7943FungibleFreezes(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	wantUnauthorized(t, f.c, f.bob, f.tok.inst, a.PackSetFrozenTokens(f.alice.From, big.NewInt(1)), "AGENT_ROLE")
	for _, amount := range []int64{500, 30, 0} {
		r := f.admin(t, a.PackSetFrozenTokens(f.alice.From, big.NewInt(amount)))
		if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Account != f.alice.From || ev.Amount.Int64() != amount {
			t.Errorf("Frozen %+v, want (alice, %d)", ev, amount)
		}
		if got := mustCall(t, f.tok.inst, a.PackGetFrozenTokens(f.alice.From), a.UnpackGetFrozenTokens); got.Int64() != amount {
			t.Errorf("getFrozenTokens = %s, want %d", got, amount)
		}
	}
	// Frozen ahead of any balance: what arrives later is withheld.
	f.admin(t, a.PackSetFrozenTokens(f.dave.From, big.NewInt(40)))
	f.tok.mustMint(t, f.dave.From, big.NewInt(50), "dave")
	if f.queries(t, f.dave.From, f.bob.From, big.NewInt(11)).transfer || !f.queries(t, f.dave.From, f.bob.From, big.NewInt(10)).transfer {
		t.Error("canTransfer does not hold back the amount frozen ahead of the balance")
	}
}

// TestERC7943FungibleForcedTransfer: forcedTransfer is restricted, checks the
// balance, refuses a receiver canReceive refuses, unfreezes what it takes
// with Frozen before Transfer, and emits ForcedTransfer.
func TestERC7943FungibleForcedTransfer(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	wantUnauthorized(t, f.c, f.bob, f.tok.inst, a.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(1)), "AGENT_ROLE")
	_, err := f.c.send(f.c.admin, f.tok.inst, a.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(101)))
	wantRevert(t, err, "ERC20InsufficientBalance(address,uint256,uint256)")
	f.admin(t, a.PackSetAddressFrozen(f.dave.From, true))
	for name, to := range map[string]common.Address{"unregistered": f.eve.From, "frozen": f.dave.From} {
		if mustCall(t, f.tok.inst, a.PackCanReceive(to), a.UnpackCanReceive) {
			t.Fatalf("canReceive(%s) = true", name)
		}
		if _, err := f.c.send(f.c.admin, f.tok.inst, a.PackForcedTransfer(f.alice.From, to, big.NewInt(1))); err == nil {
			t.Errorf("forced transfer to a receiver canReceive refuses (%s) succeeded", name)
		}
	}
	f.admin(t, a.PackSetFrozenTokens(f.alice.From, big.NewInt(90)))
	r := f.admin(t, a.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(30)))
	events := a.GetABI().Events
	if order := eventOrder(r, events["Frozen"].ID, events["Transfer"].ID, events["ForcedTransfer"].ID); !slices.Equal(order, []int{0, 1, 2}) {
		t.Errorf("event order %v, want Frozen, Transfer, ForcedTransfer", order)
	}
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Amount.Int64() != 70 {
		t.Errorf("Frozen amount %s, want 70 (20 of the 90 taken)", ev.Amount)
	}
	if ev := findEvent(t, r, a.UnpackForcedTransferEvent); ev.From != f.alice.From || ev.To != f.bob.From || ev.Amount.Int64() != 30 {
		t.Errorf("ForcedTransfer %+v", ev)
	}
	if f.tok.balance(t, f.bob.From).Int64() != 130 {
		t.Error("the forced transfer did not move the tokens")
	}
}

// TestERC7943ForcedDebitsUnfreezeThroughLocks: where frozen and locked
// units overlap, a forced transfer or burn still unfreezes what it takes
// beyond the unfrozen balance (frozen -= amount - (balance - frozen)), as
// ERC-7943 says, although Tessera uses locked units before frozen ones:
// frozen units never outlast the balance the debit leaves.
func TestERC7943ForcedDebitsUnfreezeThroughLocks(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	f.admin(t, a.PackAddLock(f.alice.From, big.NewInt(50), 1, 1, 1<<39, 1))
	f.admin(t, a.PackSetFrozenTokens(f.alice.From, big.NewInt(80))) // 80 frozen, 50 locked, of 100
	frozen := func() int64 {
		return mustCall(t, f.tok.inst, a.PackGetFrozenTokens(f.alice.From), a.UnpackGetFrozenTokens).Int64()
	}
	r := f.admin(t, a.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(30)))
	if ev := findEvent(t, r, a.UnpackFrozenEvent); ev.Amount.Int64() != 70 || frozen() != 70 {
		t.Errorf("forced transfer of 30 beyond an unfrozen balance of 20: Frozen %s, frozen %d, want 70", ev.Amount, frozen())
	}
	f.admin(t, a.PackBurn(f.alice.From, big.NewInt(70), id32("burn-all")))
	if got := frozen(); got != 0 {
		t.Errorf("frozen after burning the whole balance: %d, want 0", got)
	}
	f.admin(t, a.PackMint(f.alice.From, big.NewInt(5), id32("mint-again")))
	if _, err := f.c.send(f.alice, f.tok.inst, a.PackTransfer(f.bob.From, big.NewInt(5))); err != nil {
		t.Errorf("units minted after the burn arrive frozen: %v", err)
	}
}

// TestERC7943FungiblePermissionedBurn: a burn by the minter may take frozen
// tokens; it updates the frozen amount and emits Frozen before Transfer.
func TestERC7943FungiblePermissionedBurn(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.tok.abi
	f.admin(t, a.PackSetFrozenTokens(f.alice.From, big.NewInt(90)))
	r := f.admin(t, a.PackBurn(f.alice.From, big.NewInt(40), id32("burn-1")))
	events := a.GetABI().Events
	if order := eventOrder(r, events["Frozen"].ID, events["Transfer"].ID); !slices.Equal(order, []int{0, 1}) {
		t.Errorf("event order %v, want Frozen, Transfer", order)
	}
	if got := mustCall(t, f.tok.inst, a.PackGetFrozenTokens(f.alice.From), a.UnpackGetFrozenTokens); got.Int64() != 60 {
		t.Errorf("frozen after the burn = %s, want 60", got)
	}
	r = f.admin(t, a.PackBurn(f.bob.From, big.NewInt(40), id32("burn-2")))
	if n := countEvents(r, events["Frozen"].ID); n != 0 {
		t.Errorf("%d Frozen events on a burn of unfrozen tokens", n)
	}
}
