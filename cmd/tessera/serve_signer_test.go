package main

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// fakeClef answers the part of Clef's external API Tessera uses, signing
// with key (or with wrongKey, to play a misbehaving signer).
type fakeClef struct {
	key      *ecdsa.PrivateKey
	wrongKey *ecdsa.PrivateKey
}

type signResult struct {
	Raw hexutil.Bytes      `json:"raw"`
	Tx  *types.Transaction `json:"tx"`
}

func (c *fakeClef) Version() string { return "6.0.0" }

func (c *fakeClef) List() []common.Address {
	return []common.Address{crypto.PubkeyToAddress(c.key.PublicKey)}
}

func (c *fakeClef) SignTransaction(args apitypes.SendTxArgs, _ *string) (*signResult, error) {
	tx, err := args.ToTransaction()
	if err != nil {
		return nil, err
	}
	key := c.key
	if c.wrongKey != nil {
		key = c.wrongKey
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID((*big.Int)(args.ChainID)), key)
	if err != nil {
		return nil, err
	}
	raw, _ := signed.MarshalBinary()
	return &signResult{Raw: raw, Tx: signed}, nil
}

func startFakeClef(t *testing.T, c *fakeClef) string {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("account", c); err != nil {
		t.Fatal(err)
	}
	h := httptest.NewServer(srv)
	t.Cleanup(func() { h.Close(); srv.Stop() })
	return h.URL
}

func TestExternalSignerRefusesAnotherSignature(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	wrong, _ := crypto.GenerateKey()
	clef := &fakeClef{key: key}
	url := startFakeClef(t, clef)
	if _, err := newExternalSigner(url, common.HexToAddress("0x1234")); err == nil || !strings.Contains(err.Error(), "TESSERA_SIGNER_ADDRESS") {
		t.Fatalf("unknown account: %v", err)
	}
	s, err := newExternalSigner(url, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xbeef")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(5), Nonce: 3, To: &to, Gas: 21000, GasFeeCap: big.NewInt(2e9), GasTipCap: big.NewInt(1e9), Value: big.NewInt(1)})
	signed, err := s.SignTx(context.Background(), tx, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if from, _ := types.Sender(types.LatestSignerForChainID(big.NewInt(5)), signed); from != s.Address() {
		t.Fatalf("signed by %s, want %s", from, s.Address())
	}
	clef.wrongKey = wrong
	if _, err := s.SignTx(context.Background(), tx, big.NewInt(5)); err == nil {
		t.Fatal("a transaction signed by another key was accepted")
	}
}

// TestServeWithExternalSigner runs serve with no key of its own: the
// tokenization's write and an approved mint are signed by the external
// signer and confirmed.
func TestServeWithExternalSigner(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	url := startFakeClef(t, &fakeClef{key: f.anvil.Keys[0]})
	env := append(withoutEnv(f.env(), "TESSERA_KEYSTORE"), "TESSERA_EXTERNAL_SIGNER="+url)
	p, api := startServe(t, env)
	waitLog(t, p, "leading signer")
	f.mint(t, api, f.registerAsset(t, api), "9")
}
