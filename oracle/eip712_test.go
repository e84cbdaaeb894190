package oracle_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tessera-rwa/tessera/oracle"
)

// The digest built by hand must be the one go-ethereum's EIP-712
// implementation (what Clef and eth_signTypedData_v4 sign) computes.
func TestValuationDigestMatchesEIP712(t *testing.T) {
	t.Parallel()
	for _, v := range []oracle.Valuation{
		{Asset: "TBILL", Value: big.NewInt(10123456789), Decimals: 8, ObservedAt: 1717243200, Nonce: big.NewInt(1)},
		{Asset: "BLDG-01", Value: big.NewInt(-42), Decimals: 0, ObservedAt: 0, Nonce: new(big.Int).Lsh(big.NewInt(1), 255)},
	} {
		d := oracle.Domain{ChainID: big.NewInt(31337), Feed: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"},
					{Name: "verifyingContract", Type: "address"}},
				"Valuation": {{Name: "asset", Type: "string"}, {Name: "value", Type: "int256"}, {Name: "decimals", Type: "uint8"},
					{Name: "observedAt", Type: "uint64"}, {Name: "nonce", Type: "uint256"}},
			},
			PrimaryType: "Valuation",
			Domain: apitypes.TypedDataDomain{Name: oracle.DomainName, Version: oracle.DomainVersion, ChainId: (*math.HexOrDecimal256)(d.ChainID),
				VerifyingContract: d.Feed.Hex()},
			Message: apitypes.TypedDataMessage{
				"asset": v.Asset, "value": v.Value.String(), "decimals": big.NewInt(int64(v.Decimals)).String(),
				"observedAt": new(big.Int).SetUint64(v.ObservedAt).String(), "nonce": v.Nonce.String(),
			},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.Digest(d); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("digest %x, go-ethereum computes %x", got, want)
		}
	}
}

func TestValuationSignAndRecover(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	d := oracle.Domain{ChainID: big.NewInt(1), Feed: common.HexToAddress("0xfeed")}
	v := oracle.Valuation{Asset: "TBILL", Value: big.NewInt(100), Decimals: 2, ObservedAt: 1, Nonce: big.NewInt(9)}
	sv, err := v.Sign(d, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := sv.Signer(d); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("signer %s, %v", got, err)
	}
	// v as 0/1 is accepted too.
	raw := bytes.Clone(sv.Signature)
	raw[64] -= 27
	if got, err := (oracle.SignedValuation{Valuation: v, Signature: raw}).Signer(d); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("v in 0/1: %s, %v", got, err)
	}
	// Another chain, or another feed on the same chain, recovers another
	// address.
	if got, _ := sv.Signer(oracle.Domain{ChainID: big.NewInt(2), Feed: d.Feed}); got == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("the signature verified for another chain")
	}
	if got, _ := sv.Signer(oracle.Domain{ChainID: d.ChainID, Feed: common.HexToAddress("0xfeed2")}); got == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("the signature verified for another feed")
	}
	// A domain without a feed is no domain.
	if _, err := v.Sign(oracle.Domain{ChainID: d.ChainID}, key); err == nil {
		t.Fatal("signed without a feed in the domain")
	}
	// The malleable twin (s' = n - s, v flipped) is refused.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sv.Signature[32:64])
	twin := bytes.Clone(sv.Signature)
	copy(twin[32:64], math.PaddedBigBytes(new(big.Int).Sub(n, s), 32))
	twin[64] ^= 1
	if _, err := (oracle.SignedValuation{Valuation: v, Signature: twin}).Signer(d); err == nil {
		t.Fatal("high-s signature accepted")
	}
	if _, err := (oracle.SignedValuation{Valuation: v, Signature: sv.Signature[:64]}).Signer(d); err == nil {
		t.Fatal("short signature accepted")
	}
}
