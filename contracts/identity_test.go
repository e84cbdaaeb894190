package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestIdentityRegistryLifecycle(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	r := deployRegistry(t, c)
	c.flush(t)
	a := r.abi
	w1, w2, other := common.Address{0x11}, common.Address{0x12}, common.Address{0x21}
	expiry := c.now(t) + 3600

	rc := c.mustSend(t, c.admin, r.inst, a.PackRegisterIdentity(w1, id32("investor-1"), countryFR, expiry, big.NewInt(0b101)))
	ev := findEvent(t, rc, a.UnpackIdentityRegisteredEvent)
	if ev.Wallet != w1 || ev.InvestorId != id32("investor-1") || ev.Country != countryFR || ev.Expiry != expiry || ev.Flags.Int64() != 0b101 {
		t.Errorf("IdentityRegistered %+v", ev)
	}
	verified := func(w common.Address) bool {
		return mustCall(t, r.inst, a.PackIsVerified(w), a.UnpackIsVerified)
	}
	if !verified(w1) || verified(w2) {
		t.Fatalf("isVerified: w1 %v, unregistered w2 %v", verified(w1), verified(w2))
	}
	id := mustCall(t, r.inst, a.PackIdentityOf(w1), a.UnpackIdentityOf)
	if id.InvestorId != id32("investor-1") || id.Country != countryFR || id.Expiry != expiry || id.Flags.Int64() != 0b101 || !id.Registered {
		t.Errorf("identity(w1) = %+v", id)
	}
	if id := mustCall(t, r.inst, a.PackIdentityOf(w2), a.UnpackIdentityOf); id.Registered || id.InvestorId != ([32]byte{}) {
		t.Errorf("identity(unregistered) = %+v", id)
	}

	// A second wallet of the same investor anchors on the first.
	c.mustSend(t, c.admin, r.inst, a.PackBatchRegisterIdentity([]common.Address{w2, other},
		[][32]byte{id32("investor-1"), id32("investor-2")}, []uint16{countryDE, countryUS}, []uint64{expiry, expiry},
		[]*big.Int{big.NewInt(0), big.NewInt(0)}))
	if got := mustCall(t, r.inst, a.PackInvestorOf(w2), a.UnpackInvestorOf); got != id32("investor-1") {
		t.Errorf("investorOf(w2) = %q", got)
	}
	if got := mustCall(t, r.inst, a.PackAnchorOf(id32("investor-1")), a.UnpackAnchorOf); got != w1 {
		t.Errorf("anchorOf(investor-1) = %s, want the first wallet", got)
	}
	if got := mustCall(t, r.inst, a.PackWalletCount(id32("investor-1")), a.UnpackWalletCount); got.Int64() != 2 {
		t.Errorf("walletCount = %s", got)
	}
	// The packed record tokens read: anchor | country | expiry | flags 0-7 | registered.
	rec := mustCall(t, r.inst, a.PackRecord(w2), a.UnpackRecord)
	if common.BigToAddress(rec) != w1 || new(big.Int).Rsh(rec, 160).Uint64()&0xffff != uint64(countryDE) ||
		new(big.Int).Rsh(rec, 176).Uint64() != expiry || rec.Bit(255) != 1 {
		t.Errorf("record(w2) = %x", rec)
	}
	recs := mustCall(t, r.inst, a.PackRecords(w1, w2), a.UnpackRecords)
	if common.BigToAddress(recs.FromRecord) != w1 || recs.ToRecord.Cmp(rec) != 0 {
		t.Errorf("records(w1, w2) = %x, %x", recs.FromRecord, recs.ToRecord)
	}

	// Updates, each with its event.
	rc = c.mustSend(t, c.admin, r.inst, a.PackUpdateCountry(w1, countryDE))
	if ev := findEvent(t, rc, a.UnpackCountryUpdatedEvent); ev.Wallet != w1 || ev.Country != countryDE {
		t.Errorf("CountryUpdated %+v", ev)
	}
	rc = c.mustSend(t, c.admin, r.inst, a.PackUpdateFlags(w1, big.NewInt(0x1ff)))
	if ev := findEvent(t, rc, a.UnpackFlagsUpdatedEvent); ev.Flags.Int64() != 0x1ff {
		t.Errorf("FlagsUpdated %+v", ev)
	}
	if id := mustCall(t, r.inst, a.PackIdentityOf(w1), a.UnpackIdentityOf); id.Country != countryDE || id.Flags.Int64() != 0x1ff {
		t.Errorf("after updates: %+v", id)
	}
	if rec := mustCall(t, r.inst, a.PackRecord(w1), a.UnpackRecord); new(big.Int).Rsh(rec, 240).Uint64()&0xff != 0xff {
		t.Errorf("record keeps flags 0-7: %x", rec)
	}
	rc = c.mustSend(t, c.admin, r.inst, a.PackUpdateExpiry(w1, c.now(t)))
	if ev := findEvent(t, rc, a.UnpackExpiryUpdatedEvent); ev.Wallet != w1 {
		t.Errorf("ExpiryUpdated %+v", ev)
	}
	if verified(w1) {
		t.Error("verified with an expiry in the past")
	}
	c.mustSend(t, c.admin, r.inst, a.PackUpdateExpiry(w1, expiry))
	if !verified(w1) {
		t.Error("not verified after renewing the KYC")
	}
	// KYC runs out with time.
	c.warp(t, 2*time.Hour)
	if verified(w1) || verified(w2) {
		t.Error("verified after the KYC expiry")
	}
	c.mustSend(t, c.admin, r.inst, a.PackUpdateExpiry(w1, c.now(t)+3600))

	// Deleting unverifies but keeps the wallet bound to its investor.
	rc = c.mustSend(t, c.admin, r.inst, a.PackDeleteIdentity(w1))
	if ev := findEvent(t, rc, a.UnpackIdentityRemovedEvent); ev.Wallet != w1 || ev.InvestorId != id32("investor-1") {
		t.Errorf("IdentityRemoved %+v", ev)
	}
	if verified(w1) {
		t.Error("verified after deletion")
	}
	if got := mustCall(t, r.inst, a.PackInvestorOf(w1), a.UnpackInvestorOf); got != ([32]byte{}) {
		t.Errorf("investorOf(deleted) = %q", got)
	}
	if got := mustCall(t, r.inst, a.PackBoundInvestorOf(w1), a.UnpackBoundInvestorOf); got != id32("investor-1") {
		t.Errorf("boundInvestorOf(deleted) = %q", got)
	}
	send := func(data []byte) error {
		_, err := c.send(c.admin, r.inst, data)
		return err
	}
	later := c.now(t) + 3600
	wantRevert(t, send(a.PackRegisterIdentity(w1, id32("investor-2"), countryFR, later, big.NewInt(0))), "WalletBoundToOtherInvestor(address,bytes32)")
	if err := send(a.PackRegisterIdentity(w1, id32("investor-1"), countryFR, later, big.NewInt(0))); err != nil {
		t.Errorf("re-registering for the same investor: %v", err)
	}
	if !verified(w1) {
		t.Error("not verified after re-registration")
	}

	// Refusals.
	stranger := common.Address{0x99}
	cases := []struct {
		name, err string
		data      []byte
	}{
		{"register twice", "IdentityAlreadyRegistered(address)", a.PackRegisterIdentity(w1, id32("investor-1"), countryFR, later, big.NewInt(0))},
		{"zero wallet", "InvalidWallet()", a.PackRegisterIdentity(common.Address{}, id32("investor-9"), countryFR, later, big.NewInt(0))},
		{"zero investor", "InvalidInvestorId()", a.PackRegisterIdentity(stranger, [32]byte{}, countryFR, later, big.NewInt(0))},
		{"country 0", "InvalidCountry(uint16)", a.PackRegisterIdentity(stranger, id32("investor-9"), 0, later, big.NewInt(0))},
		{"country 1000", "InvalidCountry(uint16)", a.PackUpdateCountry(w1, 1000)},
		{"update unregistered country", "IdentityNotRegistered(address)", a.PackUpdateCountry(stranger, countryFR)},
		{"update unregistered expiry", "IdentityNotRegistered(address)", a.PackUpdateExpiry(stranger, later)},
		{"update unregistered flags", "IdentityNotRegistered(address)", a.PackUpdateFlags(stranger, big.NewInt(1))},
		{"delete unregistered", "IdentityNotRegistered(address)", a.PackDeleteIdentity(stranger)},
		{"batch of mismatched lengths", "LengthMismatch()", a.PackBatchRegisterIdentity([]common.Address{stranger}, nil, nil, nil, nil)},
	}
	for _, tc := range cases {
		data := revertData(send(tc.data))
		if sel := selector(tc.err); len(data) < 4 || [4]byte(data[:4]) != sel {
			t.Errorf("%s: revert %x, want %s", tc.name, data, tc.err)
		}
	}
}

func TestIdentityRegistryRoles(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	r := deployRegistry(t, c)
	c.flush(t)
	a, w, stranger := r.abi, common.Address{0x11}, c.signers[0]
	later := c.now(t) + 3600
	cases := []struct {
		role string
		data []byte
	}{
		{"REGISTRAR_ROLE", a.PackRegisterIdentity(w, id32("investor-1"), countryFR, later, big.NewInt(0))},
		{"REGISTRAR_ROLE", a.PackBatchRegisterIdentity([]common.Address{w}, [][32]byte{id32("i")}, []uint16{countryFR}, []uint64{later}, []*big.Int{big.NewInt(0)})},
		{"REGISTRAR_ROLE", a.PackUpdateCountry(w, countryFR)},
		{"REGISTRAR_ROLE", a.PackUpdateExpiry(w, later)},
		{"REGISTRAR_ROLE", a.PackUpdateFlags(w, big.NewInt(1))},
		{"REGISTRAR_ROLE", a.PackDeleteIdentity(w)},
		{"DEFAULT_ADMIN_ROLE", a.PackGrantRole(role("REGISTRAR_ROLE"), stranger.From)},
	}
	for _, tc := range cases {
		wantUnauthorized(t, c, stranger, r.inst, tc.data, tc.role)
	}
}

// TestIdentityRegistryERC3643Mapping: how the standard's identity addresses
// map onto Tessera's records. An ERC-3643 registration makes the identity
// address the investor id, with no flags and no KYC expiry; identity(wallet)
// answers that address, or the anchor wallet for an investor whose id is no
// address; a wallet never changes identity; agents are REGISTRAR_ROLE.
func TestIdentityRegistryERC3643Mapping(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	r := deployRegistry(t, c)
	c.flush(t)
	a := r.abi
	w1, w2, w3 := common.Address{0x11}, common.Address{0x12}, common.Address{0x13}
	onchainID := common.HexToAddress("0x00000000000000000000000000000000000A11CE")

	c.mustSend(t, c.admin, r.inst, a.PackRegisterIdentityERC3643(w1, onchainID, countryFR))
	id := mustCall(t, r.inst, a.PackIdentityOf(w1), a.UnpackIdentityOf)
	if id.InvestorId != [32]byte(common.LeftPadBytes(onchainID.Bytes(), 32)) || id.Expiry != ^uint64(0) || id.Flags.Sign() != 0 || id.Country != countryFR {
		t.Errorf("identityOf after an ERC-3643 registration = %+v", id)
	}
	if got := mustCall(t, r.inst, a.PackIdentity(w1), a.UnpackIdentity); got != onchainID {
		t.Errorf("identity = %s, want the registered %s", got, onchainID)
	}
	// An investor registered with Tessera's own id: its anchor, the first wallet.
	r.mustRegister(t, w2, "investor-2", countryDE, 0)
	r.mustRegister(t, w3, "investor-2", countryDE, 0)
	if got := mustCall(t, r.inst, a.PackIdentity(w3), a.UnpackIdentity); got != w2 {
		t.Errorf("identity of a second wallet = %s, want its investor's anchor %s", got, w2)
	}

	_, err := c.send(c.admin, r.inst, a.PackRegisterIdentityERC3643(common.Address{0x14}, common.Address{}, countryFR))
	wantRevert(t, err, "InvalidInvestorId()")
	_, err = c.send(c.admin, r.inst, a.PackBatchRegisterIdentityERC3643([]common.Address{{0x14}}, nil, []uint16{countryFR}))
	wantRevert(t, err, "LengthMismatch()")
	_, err = c.send(c.admin, r.inst, a.PackUpdateIdentity(w3, onchainID))
	wantRevert(t, err, "WalletBoundToOtherInvestor(address,bytes32)")
	_, err = c.send(c.admin, r.inst, a.PackUpdateIdentity(common.Address{0x15}, onchainID))
	wantRevert(t, err, "IdentityNotRegistered(address)")
	c.mustSend(t, c.admin, r.inst, a.PackUpdateIdentity(w3, w2))

	// Agents are REGISTRAR_ROLE, appointed by its admin only.
	agent := c.signers[0]
	wantUnauthorized(t, c, agent, r.inst, a.PackAddAgent(agent.From), "DEFAULT_ADMIN_ROLE")
	wantUnauthorized(t, c, agent, r.inst, a.PackRegisterIdentityERC3643(agent.From, onchainID, countryFR), "REGISTRAR_ROLE")
	wantUnauthorized(t, c, agent, r.inst, a.PackUpdateIdentity(w3, w2), "REGISTRAR_ROLE")
	c.mustSend(t, c.admin, r.inst, a.PackAddAgent(agent.From))
	if !mustCall(t, r.inst, a.PackHasRole(role("REGISTRAR_ROLE"), agent.From), a.UnpackHasRole) {
		t.Fatal("addAgent did not grant REGISTRAR_ROLE")
	}
	c.mustSend(t, agent, r.inst, a.PackRegisterIdentityERC3643(agent.From, onchainID, countryFR))
	if got := mustCall(t, r.inst, a.PackWalletCount([32]byte(common.LeftPadBytes(onchainID.Bytes(), 32))), a.UnpackWalletCount); got.Int64() != 2 {
		t.Errorf("the identity has %s wallets, want 2", got)
	}
	c.mustSend(t, c.admin, r.inst, a.PackRemoveAgent(agent.From))
	if mustCall(t, r.inst, a.PackIsAgent(agent.From), a.UnpackIsAgent) {
		t.Error("removeAgent left the agent")
	}
}
