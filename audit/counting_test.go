package audit_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
)

// TestAuditInvestorCounts: the building's token counts investors from its
// first unit; the check passes on the recount, lists an investor whose
// registry class changed since it entered as one to recount (a note, not a
// failure), passes clean once it is recounted, and fails on a counter the
// holders do not add up to. The fund, which does not count, is skipped.
func TestAuditInvestorCounts(t *testing.T) {
	t.Parallel()
	e := newEnvOn(t, chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 20}))
	ctx := context.Background()
	s := e.suite
	bldg := s.BuildingTok.Address
	if c := e.verify(t, e.head(t)).Check(audit.CheckInvestorCounts); c.Status != audit.Skipped || !strings.Contains(c.Summary, "counting is off") {
		t.Fatalf("fund without counting: %s %q %q", c.Status, c.Summary, c.Findings)
	}

	e.tx(t, e.admin, bldg, tok.PackGrantRole(role("COMPLIANCE_ADMIN_ROLE"), e.admin.From))
	e.tx(t, e.admin, bldg, tok.PackSetInvestorCounting())
	verifyBldg := func(t *testing.T) *audit.Check {
		t.Helper()
		e.sync(t)
		b := e.head(t)
		r, err := e.verifier().Verify(ctx, "BLDG", audit.BlockSpec{Number: &b})
		if err != nil {
			t.Fatal(err)
		}
		return r.Check(audit.CheckInvestorCounts)
	}
	if c := verifyBldg(t); c.Status != audit.Skipped || !strings.Contains(c.Summary, "nobody holds") {
		t.Fatalf("counting token nobody holds: %s %q", c.Status, c.Summary)
	}
	e.tx(t, e.admin, bldg, tok.PackSetCountryCaps([]uint16{250, 380}, []uint32{2, 5}))

	// dave (France, retail) with two wallets, erin (US, accredited and
	// qualified purchaser), and alice (Germany, accredited) from the journey.
	dave, dave2, erin := chaintest.Transactor(e.a, e.a.Keys[5]), chaintest.Transactor(e.a, e.a.Keys[6]), chaintest.Transactor(e.a, e.a.Keys[7])
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for _, r := range []struct {
		w       common.Address
		id      string
		country uint16
		flags   int64
	}{{dave.From, "dave", 250, 0}, {dave2.From, "dave", 250, 0}, {erin.From, "erin", 840, 3}} {
		e.tx(t, e.admin, s.Registry.Address, reg.PackRegisterIdentity(r.w, crypto.Keccak256Hash([]byte(r.id)), r.country, expiry, big.NewInt(r.flags)))
	}
	alice := e.inv[0].From
	for i, w := range []common.Address{alice, dave.From, dave2.From, erin.From} {
		e.tx(t, e.admin, bldg, tok.PackMint(w, big.NewInt(100), crypto.Keccak256Hash([]byte(fmt.Sprint("bldg-", i)))))
	}
	c := verifyBldg(t)
	if c.Status != audit.Pass || len(c.Notes) != 0 {
		t.Fatalf("recount of 3 investors: %s %q findings %q notes %q", c.Status, c.Summary, c.Findings, c.Notes)
	}
	facts := map[string]string{}
	for _, f := range c.Facts {
		facts[f.Name] = f.Value
	}
	for name, want := range map[string]string{
		"investorCount()": "3", "country 250 (counted / recounted / cap)": "1 / 1 / 2", "country 276 (counted / recounted / cap)": "1 / 1 / none",
		"country 380 (counted / recounted / cap)": "0 / 0 / 5", "category accredited (counted / recounted / cap)": "2 / 2 / none",
		"category qualified_purchaser (counted / recounted / cap)": "1 / 1 / none", "category retail (counted / recounted / cap)": "1 / 1 / none",
	} {
		if facts[name] != want {
			t.Errorf("fact %q = %q, want %q", name, facts[name], want)
		}
	}

	// alice moves to France in the registry: still counted in Germany until
	// someone recounts her, which the check says without failing.
	e.tx(t, e.admin, s.Registry.Address, reg.PackUpdateCountry(alice, 250))
	c = verifyBldg(t)
	if c.Status != audit.Pass || len(c.Notes) != 1 || !strings.Contains(c.Notes[0], "recount("+alice.Hex()+")") ||
		!strings.Contains(c.Notes[0], "counted under country 276, accredited but its registry record now says country 250, accredited") {
		t.Fatalf("after alice's move: %s findings %q notes %q", c.Status, c.Findings, c.Notes)
	}
	e.tx(t, erin, bldg, tok.PackRecount(alice))
	if c = verifyBldg(t); c.Status != audit.Pass || len(c.Notes) != 0 {
		t.Fatalf("after the recount: %s findings %q notes %q", c.Status, c.Findings, c.Notes)
	}

	// dave's first wallet (his anchor) is lost, its record deleted, and he
	// moves to Germany: the deleted record says nothing of him, so the
	// check names his other wallet to recount with; naming the lost one
	// moves nothing.
	e.tx(t, e.admin, s.Registry.Address, reg.PackDeleteIdentity(dave.From))
	e.tx(t, e.admin, s.Registry.Address, reg.PackUpdateCountry(dave2.From, 276))
	for _, named := range []common.Address{{}, dave.From} {
		if named != (common.Address{}) {
			e.tx(t, erin, bldg, tok.PackRecount(named))
		}
		c = verifyBldg(t)
		if c.Status != audit.Pass || len(c.Notes) != 1 || !strings.Contains(c.Notes[0], "recount("+dave2.From.Hex()+")") ||
			!strings.Contains(c.Notes[0], "counted under country 250, retail but its registry record now says country 276, retail") {
			t.Fatalf("after dave's move (recounted with %s): %s findings %q notes %q", named.Hex(), c.Status, c.Findings, c.Notes)
		}
	}
	e.tx(t, erin, bldg, tok.PackRecount(dave2.From))
	if c = verifyBldg(t); c.Status != audit.Pass || len(c.Notes) != 0 {
		t.Fatalf("after dave's recount: %s findings %q notes %q", c.Status, c.Findings, c.Notes)
	}

	// A counter edited behind the holders' back (categoryCounts, the
	// sixteenth word of the token's namespace) is drift.
	slot := common.BigToHash(new(big.Int).Add(common.HexToHash("0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00").Big(), big.NewInt(15)))
	was, err := e.c.StorageAt(ctx, bldg, slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	bumped := new(big.Int).Add(new(big.Int).SetBytes(was), new(big.Int).Lsh(big.NewInt(1), 28*8)) // one more retail
	if err := e.c.Client().Call(nil, "anvil_setStorageAt", bldg, slot, hexutil.Encode(common.BigToHash(bumped).Bytes())); err != nil {
		t.Fatal(err)
	}
	if err := e.c.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	c = verifyBldg(t)
	if c.Status != audit.Fail || strings.Join(c.Findings, "\n") != "category retail: the token counts 2 investors, the holders add up to 1" {
		t.Fatalf("edited counter: %s findings %q", c.Status, c.Findings)
	}
}
