package postgres_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// An asset's dealing payment token is stored with it and fixed: the asset
// saved again keeps it, and the database refuses to change it, or to hold
// one for a kind that does not deal at NAV; the Dealing contract and the
// payment decimals tokenizing sets come back as saved, and one Dealing
// contract deals one asset.
func TestIssuanceDealingPaymentTokenIsFixed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := &postgres.IssuanceStore{Pool: pool}
	pay := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	newAsset := func(kind issuance.Kind, symbol string) (issuance.Asset, error) {
		return s.CreateAsset(ctx, issuance.Asset{ID: issuance.NewID(), Kind: kind, Name: "Fund " + symbol, Symbol: symbol,
			Jurisdiction: "DE", Currency: "EUR", TotalBase: "1000", Decimals: 2, Attributes: map[string]string{},
			DealingPaymentToken: &pay, State: issuance.Draft, CreatedBy: "tk_issuer"})
	}
	if _, err := newAsset(issuance.RealEstate, "BLDG"); err == nil || !strings.Contains(err.Error(), "issuance_assets_dealing_kind") {
		t.Fatalf("real estate with a payment token: %v", err)
	}
	a, err := newAsset(issuance.TreasuryFund, "FND")
	if err != nil {
		t.Fatal(err)
	}
	if a.DealingPaymentToken == nil || *a.DealingPaymentToken != pay || a.Dealing != nil || a.DealingPaymentDecimals != nil {
		t.Fatalf("stored: payment %v, dealing %v, decimals %v", a.DealingPaymentToken, a.Dealing, a.DealingPaymentDecimals)
	}
	// Saving the asset does not carry a payment token of the caller's.
	other := common.HexToAddress("0x00000000000000000000000000000000000000c2")
	token, feed, dealing := common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")
	six := uint8(6)
	tokenize := func(id string) (issuance.Asset, error) {
		return s.UpdateAsset(ctx, id, func(x *issuance.Asset) (issuance.Event, error) {
			x.DealingPaymentToken = &other
			x.ChainID, x.Token, x.Feed, x.Dealing, x.DealingPaymentDecimals = "31337", &token, &feed, &dealing, &six
			x.State = issuance.Tokenized
			return issuance.Event{From: issuance.Draft, To: issuance.Tokenized, Actor: "test"}, nil
		})
	}
	got, err := tokenize(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if *got.DealingPaymentToken != pay || got.Dealing == nil || *got.Dealing != dealing || got.DealingPaymentDecimals == nil || *got.DealingPaymentDecimals != 6 {
		t.Fatalf("after tokenizing: payment %v, dealing %v, decimals %v", got.DealingPaymentToken, got.Dealing, got.DealingPaymentDecimals)
	}
	if byToken, err := s.AssetByToken(ctx, big.NewInt(31337), token); err != nil || byToken.Dealing == nil || *byToken.Dealing != dealing {
		t.Fatalf("by token: %+v, %v", byToken, err)
	}
	if _, err := pool.Exec(ctx, `UPDATE issuance_assets SET dealing_payment_token = $2 WHERE id = $1`, a.ID, other.Bytes()); err == nil ||
		!strings.Contains(err.Error(), "fixed at creation") {
		t.Fatalf("changing the payment token in SQL: %v", err)
	}
	// Another asset cannot take the same Dealing contract.
	b, err := newAsset(issuance.Commodity, "GLD")
	if err != nil {
		t.Fatal(err)
	}
	token, feed = common.HexToAddress("0xb1"), common.HexToAddress("0xb2")
	if _, err := tokenize(b.ID); errs.As(err) == nil || errs.As(err).Code != "dealing_taken" {
		t.Fatalf("a second asset with the same dealing contract: %v; want dealing_taken", err)
	}
}
