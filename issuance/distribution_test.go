package issuance_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// distributions lists an asset's distributions through the API.
func (e *env) distributions(t *testing.T, assetID string) []api.Distribution {
	t.Helper()
	var ds []api.Distribution
	if err := e.auditor.Do(context.Background(), "GET", "/v1/assets/"+assetID+"/distributions", nil, &ds); err != nil {
		t.Fatal(err)
	}
	return ds
}

func (e *env) distributionCount(t *testing.T) *big.Int {
	t.Helper()
	dist := distributor.NewDistributor()
	n, err := bind.Call(dist.Instance(e.c, e.suite.Distributor.Address), nil, dist.PackDistributionCount(), dist.UnpackDistributionCount)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// signerTx sends data to `to` as the platform signer, through its
// transaction manager, and waits for it.
func (e *env) signerTx(t *testing.T, key string, to common.Address, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := e.txm.SubmitAndWait(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: data}); err != nil {
		t.Fatalf("%s: %v", key, err)
	}
}

// TestDistributionNeedsATreasuryAndASecondPrincipal is the regression test
// of H2: an issuer declared a distribution and it was paid, in the same
// step and on one key, from the platform signer's own stablecoins. Now a
// distribution is paid only out of the asset's treasury on the Distributor
// (refused, with the amount missing, while it cannot pay), reaches the chain
// only once a principal independent of the declarer approves it, and the
// signer's balance never moves.
func TestDistributionNeedsATreasuryAndASecondPrincipal(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := onboard(t, e, fund(), prospectus, "prospectus")
	mint(t, e, a, e.wallets[0], "1000")
	mint(t, e, a, e.wallets[1], "500")
	head := e.waitIndexed(t)

	signer, dist, coin := e.svc.Signer(), e.suite.Distributor.Address, e.suite.Stablecoin.Address
	signerHeld, distHeld := e.coinBalance(t, signer), e.coinBalance(t, dist)
	total := big.NewInt(1_000_000)
	if signerHeld.Cmp(total) < 0 {
		t.Fatalf("the signer holds %s: the exploit needs it to hold the total", signerHeld)
	}
	n := api.NewDistribution{PaymentToken: coin.Hex(), Total: total.String(), SnapshotBlock: &head}

	// The signer holds stablecoins, the asset's treasury holds none: refused.
	_, err := e.issuer.Distribute(ctx, a.ID, n)
	mustCode(t, err, 422, "insufficient_treasury")
	if !strings.Contains(err.Error(), "1 (1000000 base units) more is needed") {
		t.Fatalf("the refusal does not name the amount missing: %v", err)
	}
	if ds := e.distributions(t, a.ID); len(ds) != 0 {
		t.Fatalf("a refused distribution was stored: %+v", ds)
	}
	// Partly funded: the refusal names what is still missing.
	e.fundTreasury(t, *a.Token, big.NewInt(400_000))
	_, err = e.issuer.Distribute(ctx, a.ID, n)
	mustCode(t, err, 422, "insufficient_treasury")
	if !strings.Contains(err.Error(), "0.6 (600000 base units) more is needed") {
		t.Fatalf("the refusal does not name the amount missing: %v", err)
	}
	e.fundTreasury(t, *a.Token, big.NewInt(600_000))
	tr, err := e.auditor.Treasury(ctx, a.ID, coin)
	if err != nil || tr.Balance != "1000000" || tr.Available != "1000000" || tr.Reserved != "0" || tr.Distributor != dist ||
		tr.Decimals == nil || *tr.Decimals != 6 || tr.BalanceUnits != "1" || tr.AvailableUnits != "1" || tr.ReservedUnits != "0" {
		t.Fatalf("treasury %+v %v", tr, err)
	}

	// A total in units: both given, or more decimals than the payment
	// token has, is refused; nothing is stored.
	both := n
	both.TotalUnits = "1"
	_, err = e.issuer.Distribute(ctx, a.ID, both)
	mustCode(t, err, 400, "invalid_amount")
	_, err = e.issuer.Distribute(ctx, a.ID, api.NewDistribution{PaymentToken: coin.Hex(), TotalUnits: "0.0000001", SnapshotBlock: &head})
	mustCode(t, err, 400, "decimals_mismatch")
	if ds := e.distributions(t, a.ID); len(ds) != 0 {
		t.Fatalf("a refused distribution was stored: %+v", ds)
	}

	// Declared (in units: 1 dUSD is the same 1,000,000 base units):
	// stored pending, nothing on chain.
	n = api.NewDistribution{PaymentToken: coin.Hex(), TotalUnits: "1", SnapshotBlock: &head}
	d, err := e.issuer.Distribute(ctx, a.ID, n)
	if err != nil {
		t.Fatal(err)
	}
	if d.State != issuance.Pending || d.OnchainID != "" || d.DecidedBy != "" {
		t.Fatalf("declared: %+v", d)
	}
	if c := e.distributionCount(t); c.Sign() != 0 {
		t.Fatalf("declaring published %s distributions", c)
	}
	_, err = e.issuer.PublishDistribution(ctx, d.ID)
	mustCode(t, err, 409, "not_approved")
	_, err = e.auditor.DistributionProof(ctx, d.ID, e.wallets[0])
	mustCode(t, err, 409, "not_published")

	// One key cannot declare and approve: the issuer key lacks the scope, a
	// second key of the same owner is not independent, and a key holding
	// both scopes cannot approve what it declared.
	_, err = e.issuer.ApproveDistribution(ctx, d.ID, "")
	mustCode(t, err, 403, "missing_scope")
	me, err := e.issuer.Me(ctx)
	if err != nil {
		t.Fatal(err)
	}
	twinID, twinSecret := e.srv.NewOwnedKey(t, "issuer's approver key", me.Owner, apikey.Approver)
	twin := e.srv.Client(t, twinID, twinSecret)
	_, err = twin.ApproveDistribution(ctx, d.ID, "mine")
	mustCode(t, err, 403, "self_approval")
	_, err = twin.RejectDistribution(ctx, d.ID, "mine")
	mustCode(t, err, 403, "self_approval")
	own, err := e.both.Distribute(ctx, a.ID, n)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.both.ApproveDistribution(ctx, own.ID, "")
	mustCode(t, err, 403, "self_approval")
	if c := e.distributionCount(t); c.Sign() != 0 {
		t.Fatalf("%s distributions published without a second principal", c)
	}

	// An independent approver approves: published, paid out of the
	// treasury.
	got, err := e.approver.ApproveDistribution(ctx, d.ID, "treasury funded, holders checked")
	if err != nil {
		t.Fatal(err)
	}
	if got.State != issuance.Approved || got.OnchainID != "1" || got.DecidedBy == "" || got.DecidedBy == got.CreatedBy {
		t.Fatalf("approved: %+v", got)
	}
	tr, err = e.auditor.Treasury(ctx, a.ID, coin)
	if err != nil || tr.Balance != "0" {
		t.Fatalf("treasury after publication %+v %v", tr, err)
	}
	_, err = e.approver.ApproveDistribution(ctx, d.ID, "again")
	mustCode(t, err, 409, "already_decided")
	// The other declaration finds the treasury spent.
	_, err = e.approver.ApproveDistribution(ctx, own.ID, "")
	mustCode(t, err, 422, "insufficient_treasury")
	rej, err := e.approver.RejectDistribution(ctx, own.ID, "no funds left")
	if err != nil || rej.State != issuance.Rejected || rej.OnchainID != "" {
		t.Fatalf("rejected: %+v %v", rej, err)
	}
	_, err = e.both.PublishDistribution(ctx, own.ID)
	mustCode(t, err, 409, "not_approved")

	// The signer paid nothing; the distributor holds what the issuer funded.
	if got := e.coinBalance(t, signer); got.Cmp(signerHeld) != 0 {
		t.Fatalf("the signer's stablecoins moved from %s to %s", signerHeld, got)
	}
	if got := new(big.Int).Sub(e.coinBalance(t, dist), distHeld); got.Cmp(total) != 0 {
		t.Fatalf("the distributor received %s, want the %s funded", got, total)
	}
	if c := e.distributionCount(t); c.Int64() != 1 {
		t.Fatalf("%s distributions on chain, want 1", c)
	}
}

// TestDistributionLeavesOutFrozenAndUnverifiedHolders closes L4: a holder
// frozen on the token or not verified in the identity registry at the
// snapshot gets no leaf (its units leave the supply, so the eligible
// holders share the total pro rata), and a payee frozen after the
// declaration cannot claim: the Distributor refuses it.
func TestDistributionLeavesOutFrozenAndUnverifiedHolders(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := onboard(t, e, fund(), prospectus, "prospectus")
	inv := e.wallets
	late := e.a.Keys[6] // verified and unfrozen at the snapshot, frozen after
	lateWallet := crypto.PubkeyToAddress(late.PublicKey)
	reg, tok := identityregistry.NewIdentityRegistry(), assettoken.NewAssetToken()
	e.signerTx(t, "register-late", e.suite.Registry.Address, reg.PackRegisterIdentity(lateWallet,
		crypto.Keccak256Hash([]byte("investor"), lateWallet.Bytes()), 276, uint64(time.Now().AddDate(1, 0, 0).Unix()), big.NewInt(1)))
	mint(t, e, a, inv[0], "300")
	mint(t, e, a, inv[1], "100")
	mint(t, e, a, inv[2], "100")
	mint(t, e, a, lateWallet, "200")
	// Investor 2 is frozen on the token; investor 3's KYC has expired.
	e.signerTx(t, "agent-role", *a.Token, tok.PackGrantRole(crypto.Keccak256Hash([]byte("AGENT_ROLE")), e.svc.Signer()))
	e.signerTx(t, "freeze-2", *a.Token, tok.PackSetAddressFrozen(inv[1], true))
	e.signerTx(t, "expire-3", e.suite.Registry.Address, reg.PackUpdateExpiry(inv[2], uint64(time.Now().Add(-time.Hour).Unix())))
	head := e.waitIndexed(t)

	total := big.NewInt(1_000_000)
	e.fundTreasury(t, *a.Token, total)
	d, err := e.issuer.Distribute(ctx, a.ID, api.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: total.String(), SnapshotBlock: &head})
	if err != nil {
		t.Fatal(err)
	}
	// 500 eligible units: 300 → 600,000 and 200 → 400,000.
	want := map[common.Address]string{inv[0]: "600000", lateWallet: "400000"}
	if len(d.Leaves) != len(want) {
		t.Fatalf("leaves %+v, want %v", d.Leaves, want)
	}
	for _, l := range d.Leaves {
		if want[l.Account] != l.Amount {
			t.Fatalf("leaf %s: %s, want %q", l.Account, l.Amount, want[l.Account])
		}
	}
	excluded := map[common.Address]api.Excluded{}
	for _, x := range d.Excluded {
		excluded[x.Account] = x
	}
	if len(excluded) != 2 || excluded[inv[1]].Reason != issuance.ExcludedFrozen || excluded[inv[2]].Reason != issuance.ExcludedUnverified ||
		excluded[inv[1]].Balance != "100000000" {
		t.Fatalf("excluded %+v", d.Excluded)
	}
	for _, w := range []common.Address{inv[1], inv[2]} {
		_, err := e.auditor.DistributionProof(ctx, d.ID, w)
		mustCode(t, err, 404, "not_a_payee")
	}
	if d, err = e.approver.ApproveDistribution(ctx, d.ID, ""); err != nil {
		t.Fatal(err)
	}
	// The stored distribution says who was left out and why.
	stored, err := e.auditor.Distribution(ctx, d.ID)
	if err != nil || len(stored.Excluded) != 2 || stored.State != issuance.Approved {
		t.Fatalf("stored %+v %v", stored, err)
	}

	// Frozen after the declaration: the Distributor refuses the claim.
	e.signerTx(t, "freeze-late", *a.Token, tok.PackSetAddressFrozen(lateWallet, true))
	claim := func(who common.Address) error {
		c, err := e.svc.PrepareClaim(ctx, d.ID, who)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.c.CallContract(ctx, ethereum.CallMsg{From: c.From, To: &c.To, Data: c.Data}, nil)
		return err
	}
	if sel := revertSelector(claim(lateWallet)); sel != hexutil.Encode(crypto.Keccak256([]byte("PayeeFrozen(uint256,address)"))[:4]) {
		t.Fatalf("claim of a payee frozen after the declaration: revert %s", sel)
	}
	if err := claim(inv[0]); err != nil {
		t.Fatalf("an eligible payee's claim: %v", err)
	}
	c, err := e.svc.PrepareClaim(ctx, d.ID, inv[0])
	if err != nil || c.From != inv[0] || c.To != e.suite.Distributor.Address || c.Amount != "600000" || c.ChainID.Cmp(e.a.ChainID) != 0 {
		t.Fatalf("claim of investor 1: %+v, %v", c, err)
	}
	e.sendAs(t, e.investors[0], c.Call)
	if got := e.coinBalance(t, inv[0]); got.Int64() != 600_000 {
		t.Fatalf("investor 1 was paid %s", got)
	}
	// Claimed once the indexer has read it: no second claim is built.
	e.waitIndexed(t)
	_, err = e.svc.PrepareClaim(ctx, d.ID, inv[0])
	mustKind(t, err, errs.Conflict, "already_claimed")
	_, err = e.svc.PrepareClaim(ctx, d.ID, inv[1])
	mustKind(t, err, errs.NotFound, "not_a_payee")
}

// revertSelector is the 0x-hex selector of the revert data an eth_call
// error carries, or "" with none.
func revertSelector(err error) string {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return ""
	}
	s, _ := de.ErrorData().(string)
	if len(s) < 10 {
		return ""
	}
	return s[:10]
}
