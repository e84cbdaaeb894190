package audit_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/tessera-rwa/tessera/audit"
)

func TestLoadKey(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	raw := hex.EncodeToString(crypto.FromECDSA(key))
	for _, in := range []string{raw, "0x" + raw + "\n"} {
		got, err := audit.LoadKey([]byte(in), "")
		if err != nil || !got.Equal(key) {
			t.Errorf("hex key %q: %v", in[:6], err)
		}
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := audit.LoadKey(ks, "pw"); err != nil || !got.Equal(key) {
		t.Errorf("keystore: %v", err)
	}
	if _, err := audit.LoadKey(ks, "wrong"); err == nil {
		t.Error("keystore opened with a wrong password")
	}
	if _, err := audit.LoadKey([]byte("zz"+raw[2:]), ""); err == nil || strings.Contains(err.Error(), raw[2:]) {
		t.Errorf("bad key: %v", err)
	}
}

func TestVerifySignedRefusals(t *testing.T) {
	t.Parallel()
	alice, _ := crypto.GenerateKey()
	mallory, _ := crypto.GenerateKey()
	r := &audit.Report{Version: 1, Asset: "TTF", ChainID: "1", BlockNumber: 7, BlockHash: common.Hash{1}.Hex(), Passed: true}
	signed, err := audit.Sign(r, alice)
	if err != nil {
		t.Fatal(err)
	}
	var env audit.SignedReport
	if err := json.Unmarshal(signed, &env); err != nil {
		t.Fatal(err)
	}
	// Mallory re-signs Alice's report but keeps Alice's name on it.
	other, _ := audit.Sign(r, mallory)
	var menv audit.SignedReport
	json.Unmarshal(other, &menv)
	env.Signature = menv.Signature
	swapped, _ := json.Marshal(env)

	reindented := bytes.ReplaceAll(signed, []byte("\n"), []byte("\n  ")) // whitespace is not content
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"signature of another key", swapped, "not by the named signer " + crypto.PubkeyToAddress(alice.PublicKey).Hex()},
		{"not JSON", []byte("hello"), "not a signed report"},
		{"no signature", []byte(`{"report":{},"content_hash":"0x","signer":"0x0000000000000000000000000000000000000001","signature":"","scheme":""}`), "missing"},
		{"unknown field", bytes.Replace(signed, []byte(`"scheme"`), []byte(`"extra": 1, "scheme"`), 1), "not a signed report"},
	} {
		if _, err := audit.VerifySigned(c.data); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	if v, err := audit.VerifySigned(reindented); err != nil || v.Signer != crypto.PubkeyToAddress(alice.PublicKey) {
		t.Errorf("re-indented report: %v", err)
	}
}

// TestPayoutProRata pays floor shares and gives the remainder to the
// largest holder, the lowest address among equals.
func TestPayoutProRata(t *testing.T) {
	t.Parallel()
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	bal := map[common.Address]*big.Int{a: big.NewInt(1), b: big.NewInt(1), c: big.NewInt(1), common.HexToAddress("0xd"): new(big.Int)}
	leaves := audit.PayoutProRata(big.NewInt(100), big.NewInt(3), bal)
	got := map[common.Address]string{}
	for _, l := range leaves {
		got[l.Account] = l.Amount.String()
	}
	if len(leaves) != 3 || got[a] != "34" || got[b] != "33" || got[c] != "33" {
		t.Errorf("leaves %v, want 0xa 34, 0xb 33, 0xc 33", got)
	}
}
