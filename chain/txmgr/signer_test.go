package txmgr_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// A key from an encrypted keystore file signs the same transactions as the
// raw key, and a wrong passphrase is refused without echoing it.
func TestKeystoreSigner(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	enc, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"correct horse", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "signer.json")
	if err := os.WriteFile(path, enc, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := txmgr.NewKeystoreSigner(path, "wrong"); err == nil || strings.Contains(err.Error(), "wrong") {
		t.Fatalf("wrong passphrase: err = %v", err)
	}
	ks, err := txmgr.NewKeystoreSigner(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	raw := txmgr.NewKeySigner(key)
	if ks.Address() != raw.Address() {
		t.Fatalf("address %s, want %s", ks.Address(), raw.Address())
	}
	to := common.HexToAddress("0x7000000000000000000000000000000000000001")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to})
	a, err := ks.SignTx(context.Background(), tx, big.NewInt(31337))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := raw.SignTx(context.Background(), tx, big.NewInt(31337))
	if a.Hash() != b.Hash() {
		t.Fatal("keystore and raw key signatures differ")
	}
}
