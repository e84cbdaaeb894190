package issuance_test

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// ClaimCalldata packs Distributor.claim with the proof's on-chain id,
// account, amount and hashes; a proof with no on-chain id or amount (a
// distribution not published) gives nothing to claim.
func TestClaimCalldata(t *testing.T) {
	t.Parallel()
	dist, err := distributor.DistributorMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	account := common.HexToAddress("0x7100000000000000000000000000000000000001")
	hashes := []common.Hash{common.HexToHash("0x01"), common.HexToHash("0xfe")}
	p := issuance.Proof{DistributionID: "d1", OnchainID: "3", Account: account, Amount: "600000", Proof: hashes}
	data, err := issuance.ClaimCalldata(p)
	if err != nil {
		t.Fatal(err)
	}
	claim := dist.Methods["claim"]
	if !bytes.Equal(data[:4], claim.ID) {
		t.Fatalf("selector %x, want claim's %x", data[:4], claim.ID)
	}
	args, err := claim.Inputs.Unpack(data[4:])
	if err != nil {
		t.Fatal(err)
	}
	proof := args[3].([][32]byte)
	if args[0].(*big.Int).Int64() != 3 || args[1].(common.Address) != account || args[2].(*big.Int).Int64() != 600_000 ||
		!slices.Equal(proof, [][32]byte{hashes[0], hashes[1]}) {
		t.Fatalf("claim(%v, %v, %v, %x)", args[0], args[1], args[2], proof)
	}

	for _, bad := range []issuance.Proof{
		{DistributionID: "d1", Account: account, Amount: "600000"},
		{DistributionID: "d1", OnchainID: "three", Account: account, Amount: "600000"},
		{DistributionID: "d1", OnchainID: "3", Account: account},
		{DistributionID: "d1", OnchainID: "0", Account: account, Amount: "600000"},
	} {
		_, err := issuance.ClaimCalldata(bad)
		mustKind(t, err, errs.Conflict, "not_published")
	}
}

// A holder moves units with the call TransferCall builds, and the token's
// rules apply as to any transfer; amounts that are not a positive uint256
// build no call, neither for a transfer nor for funding a treasury. A
// payment token's decimals are read from the token, and an address with no
// token answers an error rather than zero decimals.
func TestWalletCallsOnChain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := onboard(t, e, fund(), prospectus, "prospectus")
	mint(t, e, a, e.wallets[0], "10")

	c, err := issuance.TransferCall(*a.Token, e.wallets[1], big.NewInt(2_500_000))
	if err != nil {
		t.Fatal(err)
	}
	e.sendAs(t, e.investors[0], c)
	if from, to := e.balanceOf(t, *a.Token, e.wallets[0]), e.balanceOf(t, *a.Token, e.wallets[1]); from.Int64() != 7_500_000 || to.Int64() != 2_500_000 {
		t.Fatalf("after the transfer: %s and %s", from, to)
	}
	// The stranger is not verified: the token refuses the transfer.
	c, err = issuance.TransferCall(*a.Token, e.stranger, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.CallContract(ctx, callFrom(e.wallets[0], c), nil); err == nil {
		t.Fatal("a transfer to an unverified wallet would succeed")
	}

	tooBig := new(big.Int).Lsh(big.NewInt(1), 256)
	for _, amount := range []*big.Int{nil, big.NewInt(0), big.NewInt(-1), tooBig} {
		_, err := issuance.TransferCall(*a.Token, e.wallets[1], amount)
		mustKind(t, err, errs.Invalid, "invalid_amount")
		_, err = e.svc.FundTreasuryCalls(*a.Token, e.suite.Stablecoin.Address, amount)
		mustKind(t, err, errs.Invalid, "invalid_amount")
	}

	if d, err := e.svc.PaymentTokenDecimals(ctx, e.suite.Stablecoin.Address); err != nil || d != 6 {
		t.Fatalf("stablecoin decimals %d, %v; want 6", d, err)
	}
	if d, err := e.svc.PaymentTokenDecimals(ctx, e.stranger); err == nil {
		t.Fatalf("decimals of a wallet with no code: %d, want an error", d)
	}
}
