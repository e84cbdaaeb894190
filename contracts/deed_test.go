package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/deedtoken"
)

// deedFixture: the issuer (the chain's admin, a verified investor) holds deed
// 1, bound to an AssetToken whose fractions need it; alice (France) and bob
// (Germany) are verified investors, eve is not registered.
type deedFixture struct {
	c               *chain
	reg             *registry
	tok             *token
	abi             *deedtoken.DeedToken
	inst            *bind.BoundContract
	addr            common.Address
	alice, bob, eve *bind.TransactOpts
}

var deedRoles = []string{"MINTER_ROLE", "AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE", "PAUSER_ROLE", "DOCUMENT_ROLE"}

func newDeedFixture(tb testing.TB) *deedFixture {
	tb.Helper()
	c := newChain(tb, 3)
	f := &deedFixture{c: c, abi: deedtoken.NewDeedToken(), alice: c.signers[0], bob: c.signers[1], eve: c.signers[2]}
	f.reg = deployRegistry(tb, c)
	f.reg.queueRegister(tb, c.admin.From, "issuer", countryFR, 1)
	f.reg.queueRegister(tb, f.alice.From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, f.bob.From, "investor-B", countryDE, 1)
	f.addr = c.queueProxy(tb, "DeedToken", f.abi.PackInitialize("Tessera Deeds", "DEED", f.reg.addr, c.admin.From, c.admin.From))
	f.inst = f.abi.Instance(c.client, f.addr)
	for _, name := range deedRoles {
		c.queue(tb, c.admin, f.inst, f.abi.PackGrantRole(role(name), c.admin.From))
	}
	c.queue(tb, c.admin, f.inst, f.abi.PackMint(c.admin.From, big.NewInt(1), "ipfs://deed-1"))
	f.tok = deployToken(tb, c, f.reg.addr, f.addr, 1)
	c.flush(tb)
	return f
}

func (f *deedFixture) admin(tb testing.TB, data []byte) *types.Receipt {
	tb.Helper()
	return f.c.mustSend(tb, f.c.admin, f.inst, data)
}

func (f *deedFixture) owner(tb testing.TB, id int64) common.Address {
	tb.Helper()
	return mustCall(tb, f.inst, f.abi.PackOwnerOf(big.NewInt(id)), f.abi.UnpackOwnerOf)
}

// TestDeedFractions: fractions exist only while the deed is locked in their
// token, and the deed comes out only once every fraction is redeemed.
func TestDeedFractions(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	c, tok, one := f.c, f.tok, big.NewInt(1)
	mint := func(to common.Address, amount int64, request string) error {
		_, err := c.send(c.admin, tok.inst, tok.abi.PackMint(to, big.NewInt(amount), id32(request)))
		return err
	}
	if got := tok.detect(t, common.Address{}, f.alice.From, big.NewInt(10)); got != codeDeedNotLocked {
		t.Errorf("detect before the lock = %s", hexCode(got))
	}
	if got := restrictedCode(t, mint(f.alice.From, 10, "early")); got != codeDeedNotLocked {
		t.Errorf("mint before the lock: %s", hexCode(got))
	}

	_, err := c.send(c.admin, f.inst, f.abi.PackLockDeed(one))
	wantRevert(t, err, "NoFractionToken(uint256)")
	other := deployToken(t, c, f.reg.addr, f.addr, 2)
	c.flush(t)
	_, err = c.send(c.admin, f.inst, f.abi.PackBindFractions(one, other.addr))
	wantRevert(t, err, "FractionTokenMismatch(uint256,address)")
	r := f.admin(t, f.abi.PackBindFractions(one, tok.addr))
	if ev := findEvent(t, r, f.abi.UnpackFractionsBoundEvent); ev.TokenId.Int64() != 1 || ev.AssetToken != tok.addr {
		t.Errorf("FractionsBound %+v", ev)
	}
	_, err = c.send(f.alice, f.inst, f.abi.PackLockDeed(one))
	wantRevert(t, err, "ERC721InsufficientApproval(address,uint256)")

	r = f.admin(t, f.abi.PackLockDeed(one))
	if ev := findEvent(t, r, tok.abi.UnpackDeedLockedEvent); ev.Deed != f.addr || ev.DeedId.Int64() != 1 || ev.From != c.admin.From {
		t.Errorf("DeedLocked %+v", ev)
	}
	if f.owner(t, 1) != tok.addr || !mustCall(t, f.inst, f.abi.PackIsLocked(one), f.abi.UnpackIsLocked) ||
		!mustCall(t, tok.inst, tok.abi.PackDeedLocked(), tok.abi.UnpackDeedLocked) {
		t.Fatal("the deed is not locked in its token")
	}
	if err := mint(f.alice.From, 100, "fraction-a"); err != nil {
		t.Fatal(err)
	}
	if err := mint(f.bob.From, 50, "fraction-b"); err != nil {
		t.Fatal(err)
	}

	// Locked: no release, no forced exit, no burn, no rebinding.
	_, err = c.send(c.admin, tok.inst, tok.abi.PackReleaseDeed(c.admin.From))
	wantRevert(t, err, "FractionsOutstanding(uint256)")
	for name, data := range map[string][]byte{
		"forced out": f.abi.PackForcedTransfer(tok.addr, f.alice.From, one),
		"burned":     f.abi.PackBurn(one),
		"rebound":    f.abi.PackBindFractions(one, tok.addr),
	} {
		_, err := c.send(c.admin, f.inst, data)
		if got := restrictedCode(t, err); got != codeDeedLocked {
			t.Errorf("%s while locked: code %s", name, hexCode(got))
		}
	}

	// Every fraction redeemed: the deed can leave, and fractions stop.
	c.mustSend(t, c.admin, tok.inst, tok.abi.PackBurn(f.alice.From, big.NewInt(100), id32("redeem-a")))
	c.mustSend(t, c.admin, tok.inst, tok.abi.PackBurn(f.bob.From, big.NewInt(50), id32("redeem-b")))
	_, err = c.send(c.admin, tok.inst, tok.abi.PackReleaseDeed(f.eve.From))
	if got := restrictedCode(t, err); got != codeReceiverUnverified {
		t.Errorf("release to an unregistered wallet: %s", hexCode(got))
	}
	r = c.mustSend(t, c.admin, tok.inst, tok.abi.PackReleaseDeed(f.alice.From))
	if ev := findEvent(t, r, tok.abi.UnpackDeedReleasedEvent); ev.To != f.alice.From {
		t.Errorf("DeedReleased %+v", ev)
	}
	if f.owner(t, 1) != f.alice.From || mustCall(t, tok.inst, tok.abi.PackDeedLocked(), tok.abi.UnpackDeedLocked) {
		t.Error("the deed did not come out")
	}
	if got := restrictedCode(t, mint(f.alice.From, 1, "late")); got != codeDeedNotLocked {
		t.Errorf("mint after the release: %s", hexCode(got))
	}
	_, err = c.send(c.admin, tok.inst, tok.abi.PackReleaseDeed(f.alice.From))
	wantRevert(t, err, "DeedNotHeld()")
	// The token takes no other NFT.
	_, err = c.send(f.alice, tok.inst, tok.abi.PackOnERC721Received(f.alice.From, f.alice.From, big.NewInt(7), nil))
	wantRevert(t, err, "UnexpectedDeed(address,uint256)")
}

// TestDeedRestrictions: holder transfers of a deed follow the same table.
func TestDeedRestrictions(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	one := big.NewInt(1)
	cases := []struct {
		name  string
		setup func(tb testing.TB, f *deedFixture)
		to    func(f *deedFixture) common.Address
		want  uint8
	}{
		{"compliant", nil, deedAlice, codeOK},
		{"paused", func(tb testing.TB, f *deedFixture) { f.admin(tb, f.abi.PackPause()) }, deedAlice, codePaused},
		{"sender frozen", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetAddressFrozen(f.c.admin.From, true))
		}, deedAlice, codeSenderFrozen},
		{"receiver frozen", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetAddressFrozen(f.alice.From, true))
		}, deedAlice, codeReceiverFrozen},
		{"sender not verified", func(tb testing.TB, f *deedFixture) {
			f.c.mustSend(tb, f.c.admin, f.reg.inst, f.reg.abi.PackDeleteIdentity(f.c.admin.From))
		}, deedAlice, codeSenderNotVerified},
		{"receiver not registered", nil, func(f *deedFixture) common.Address { return f.eve.From }, codeReceiverUnverified},
		{"receiver country not allowed", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetCountryRestriction(true))
			f.admin(tb, f.abi.PackSetCountriesAllowed([]uint16{countryFR}, true))
		}, func(f *deedFixture) common.Address { return f.bob.From }, codeCountry},
		{"receiver lacks eligibility flag", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetRequiredFlags(2))
		}, deedAlice, codeNotEligible},
		{"deed frozen", func(tb testing.TB, f *deedFixture) {
			f.admin(tb, f.abi.PackSetFrozenTokens(f.c.admin.From, one, true))
		}, deedAlice, codeTokensFrozen},
	}
	base := f.c.snapshot(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.c.restore(t, base)
			if tc.setup != nil {
				tc.setup(t, f)
			}
			from, to := f.c.admin.From, tc.to(f)
			got := mustCall(t, f.inst, f.abi.PackDetectTransferRestriction(from, to, one), f.abi.UnpackDetectTransferRestriction)
			if got != tc.want {
				t.Fatalf("detectTransferRestriction = %s, want %s", hexCode(got), hexCode(tc.want))
			}
			if can := mustCall(t, f.inst, f.abi.PackCanTransfer(from, to, one), f.abi.UnpackCanTransfer); can != (tc.want == codeOK) {
				t.Errorf("canTransfer = %v", can)
			}
			_, err := f.c.send(f.c.admin, f.inst, f.abi.PackTransferFrom(from, to, one))
			if tc.want == codeOK {
				if err != nil || f.owner(t, 1) != to {
					t.Fatalf("compliant transfer: %v", err)
				}
				return
			}
			if tc.want == codeTokensFrozen {
				// ERC-7943 names the frozen deed in its own error.
				data := wantRevert(t, err, "ERC7943InsufficientUnfrozenBalance(address,uint256)")
				if common.BytesToAddress(data[4:36]) != from || new(big.Int).SetBytes(data[36:68]).Cmp(one) != 0 {
					t.Errorf("ERC7943InsufficientUnfrozenBalance args %x", data[4:])
				}
				return
			}
			if got := restrictedCode(t, err); got != tc.want {
				t.Errorf("revert code %s, want %s", hexCode(got), hexCode(tc.want))
			}
		})
	}
	t.Run("mint to an unregistered wallet", func(t *testing.T) {
		f.c.restore(t, base)
		_, err := f.c.send(f.c.admin, f.inst, f.abi.PackMint(f.eve.From, big.NewInt(2), "ipfs://deed-2"))
		if got := restrictedCode(t, err); got != codeReceiverUnverified {
			t.Errorf("code %s", hexCode(got))
		}
	})
}

func deedAlice(f *deedFixture) common.Address { return f.alice.From }

// TestDeedForcedTransfer: an agent moves a deed past the holder's freezes and
// the pause, unfreezing it first (ERC-7943), but not to an unverified wallet.
func TestDeedForcedTransfer(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	one, holder := big.NewInt(1), f.c.admin.From
	f.admin(t, f.abi.PackSetFrozenTokens(holder, one, true))
	f.admin(t, f.abi.PackSetAddressFrozen(holder, true))
	f.admin(t, f.abi.PackPause())
	_, err := f.c.send(f.c.admin, f.inst, f.abi.PackForcedTransfer(holder, f.eve.From, one))
	if got := restrictedCode(t, err); got != codeReceiverUnverified {
		t.Errorf("forced to an unregistered wallet: %s", hexCode(got))
	}
	r := f.admin(t, f.abi.PackForcedTransfer(holder, f.bob.From, one))
	if f.owner(t, 1) != f.bob.From {
		t.Fatal("forced transfer did not move the deed")
	}
	events := f.abi.GetABI().Events
	order := eventOrder(r, events["Frozen"].ID, events["Transfer"].ID, events["ForcedTransfer"].ID)
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("event order %v, want Frozen, Transfer, ForcedTransfer", order)
	}
	if ev := findEvent(t, r, f.abi.UnpackFrozenEvent); ev.Account != holder || ev.FrozenStatus {
		t.Errorf("Frozen %+v", ev)
	}
	if mustCall(t, f.inst, f.abi.PackGetFrozenTokens(holder, one), f.abi.UnpackGetFrozenTokens) {
		t.Error("the deed is still frozen for its former holder")
	}
}

func TestDeedSurface(t *testing.T) {
	t.Parallel()
	f := newDeedFixture(t)
	a, one := f.abi, big.NewInt(1)
	erc721 := interfaceID("balanceOf(address)", "ownerOf(uint256)", "safeTransferFrom(address,address,uint256,bytes)",
		"safeTransferFrom(address,address,uint256)", "transferFrom(address,address,uint256)", "approve(address,uint256)",
		"setApprovalForAll(address,bool)", "getApproved(uint256)", "isApprovedForAll(address,address)")
	erc7943 := interfaceID("forcedTransfer(address,address,uint256)", "setFrozenTokens(address,uint256,bool)",
		"canSend(address)", "canReceive(address)", "getFrozenTokens(address,uint256)", "canTransfer(address,address,uint256)")
	if erc721 != [4]byte{0x80, 0xac, 0x58, 0xcd} || erc7943 != [4]byte{0xbf, 0x1e, 0xf5, 0xfe} {
		t.Fatalf("computed ids: ERC-721 %x (want 80ac58cd), ERC-7943 non-fungible %x (want bf1ef5fe)", erc721, erc7943)
	}
	for name, id := range map[string][4]byte{
		"ERC-165":                 interfaceID("supportsInterface(bytes4)"),
		"ERC-721":                 erc721,
		"ERC-721 metadata":        interfaceID("name()", "symbol()", "tokenURI(uint256)"),
		"ERC-7943 non-fungible":   erc7943,
		"ERC-1643":                interfaceID("getDocument(bytes32)", "setDocument(bytes32,string,bytes32)", "removeDocument(bytes32)", "getAllDocuments()"),
		"ERC-1404 (token id 3rd)": interfaceID("detectTransferRestriction(address,address,uint256)", "messageForTransferRestriction(uint8)"),
	} {
		if !mustCall(t, f.inst, a.PackSupportsInterface(id), a.UnpackSupportsInterface) {
			t.Errorf("supportsInterface(%s %x) = false", name, id)
		}
	}
	if mustCall(t, f.inst, a.PackSupportsInterface([4]byte{0x3e, 0xdb, 0xb4, 0xc4}), a.UnpackSupportsInterface) {
		t.Error("a deed claims the fungible ERC-7943 interface")
	}

	if got := mustCall(t, f.inst, a.PackTokenURI(one), a.UnpackTokenURI); got != "ipfs://deed-1" {
		t.Errorf("tokenURI = %q", got)
	}
	f.admin(t, a.PackSetTokenURI(one, "ipfs://deed-1-v2"))
	if got := mustCall(t, f.inst, a.PackTokenURI(one), a.UnpackTokenURI); got != "ipfs://deed-1-v2" {
		t.Errorf("tokenURI after update = %q", got)
	}
	f.admin(t, a.PackSetDocument(id32("title"), "ipfs://title-deed", id32("title-hash")))
	if doc := mustCall(t, f.inst, a.PackGetDocument(id32("title")), a.UnpackGetDocument); doc.Uri != "ipfs://title-deed" || doc.DocumentHash != id32("title-hash") {
		t.Errorf("getDocument %+v", doc)
	}
	if got := mustCall(t, f.inst, a.PackMessageForTransferRestriction(codeDeedLocked), a.UnpackMessageForTransferRestriction); got != "deed is locked into its fraction token" {
		t.Errorf("message = %q", got)
	}

	stranger, x := f.bob, f.alice.From
	cases := []struct {
		role string
		data []byte
	}{
		{"MINTER_ROLE", a.PackMint(x, big.NewInt(9), "ipfs://x")},
		{"MINTER_ROLE", a.PackBurn(one)},
		{"MINTER_ROLE", a.PackSetTokenURI(one, "ipfs://x")},
		{"AGENT_ROLE", a.PackForcedTransfer(f.c.admin.From, x, one)},
		{"AGENT_ROLE", a.PackSetFrozenTokens(x, one, true)},
		{"AGENT_ROLE", a.PackSetAddressFrozen(x, true)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetCountryRestriction(true)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetCountriesAllowed([]uint16{countryFR}, true)},
		{"COMPLIANCE_ADMIN_ROLE", a.PackSetRequiredFlags(1)},
		{"PAUSER_ROLE", a.PackPause()},
		{"PAUSER_ROLE", a.PackUnpause()},
		{"DOCUMENT_ROLE", a.PackSetDocument(id32("d"), "ipfs://d", id32("h"))},
		{"DOCUMENT_ROLE", a.PackRemoveDocument(id32("title"))},
		{"DEFAULT_ADMIN_ROLE", a.PackBindFractions(one, f.tok.addr)},
		{"DEFAULT_ADMIN_ROLE", a.PackGrantRole(role("AGENT_ROLE"), stranger.From)},
	}
	for _, tc := range cases {
		wantUnauthorized(t, f.c, stranger, f.inst, tc.data, tc.role)
	}
}
