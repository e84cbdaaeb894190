package ui

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/errs"
)

func TestSIWERoundTrip(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	m := SIWEMessage{Domain: "127.0.0.1:8080", Address: crypto.PubkeyToAddress(key.PublicKey), Statement: siweStatement,
		URI: "http://127.0.0.1:8080/ui/", ChainID: big.NewInt(31337), Nonce: newNonce(),
		IssuedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), ExpiresAt: time.Date(2026, 1, 2, 3, 9, 5, 0, time.UTC)}
	text := m.String()
	if !strings.HasPrefix(text, "127.0.0.1:8080 wants you to sign in with your Ethereum account:\n"+m.Address.Hex()+"\n\n"+siweStatement+"\n\nURI: ") {
		t.Fatalf("layout:\n%s", text)
	}
	got, err := ParseSIWE(text)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != text || got.Nonce != m.Nonce || got.ChainID.Cmp(m.ChainID) != 0 || !got.ExpiresAt.Equal(m.ExpiresAt) {
		t.Fatalf("parsed %+v", got)
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	signer, err := RecoverPersonalSign(text, hexutil.Encode(sig))
	if err != nil || signer != m.Address {
		t.Fatalf("recovered %s, %v", signer, err)
	}
	// A changed message recovers another address.
	if other, _ := RecoverPersonalSign(strings.Replace(text, "31337", "1", 1), hexutil.Encode(sig)); other == m.Address {
		t.Fatal("a changed message still recovers the signer")
	}
}

func TestSIWERefusesMalformedMessages(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	good := SIWEMessage{Domain: "example.com", Address: crypto.PubkeyToAddress(key.PublicKey), URI: "https://example.com/ui/",
		ChainID: big.NewInt(1), Nonce: "abcdefgh12", IssuedAt: time.Now().UTC(), ExpiresAt: time.Now().Add(time.Minute).UTC()}.String()
	if _, err := ParseSIWE(good); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"empty":             "",
		"lowercase address": strings.Replace(good, crypto.PubkeyToAddress(key.PublicKey).Hex(), strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex()), 1),
		"version 2":         strings.Replace(good, "Version: 1", "Version: 2", 1),
		"short nonce":       strings.Replace(good, "abcdefgh12", "abc", 1),
		"bad chain":         strings.Replace(good, "Chain ID: 1", "Chain ID: x", 1),
		"extra field":       good + "\nResources:\n- https://evil.example",
		"reordered":         strings.Replace(strings.Replace(good, "Version: 1\n", "", 1), "Nonce:", "Version: 1\nNonce:", 1),
		"no domain":         strings.Replace(good, "example.com wants", " wants", 1),
	} {
		if _, err := ParseSIWE(text); !errs.Is(err, errs.Invalid) {
			t.Errorf("%s: %v; want invalid", name, err)
		}
	}
	for _, sig := range []string{"", "0x12", "0x" + strings.Repeat("00", 64) + "05"} {
		if _, err := RecoverPersonalSign(good, sig); err == nil {
			t.Errorf("signature %q accepted", sig)
		}
	}
}

func TestAmountsAreFormattedWithoutFloats(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		base string
		dec  uint8
		fn   func(string, uint8) string
		want string
	}{
		{"1500250000", 6, unitsOf, "1,500.25"},
		{"123456789012345678901234567890", 18, unitsOf, "123,456,789,012.34567890123456789"},
		{"9007199254740993", 0, unitsOf, "9,007,199,254,740,993"}, // 2^53+1: a float64 would print …992
		{"100500000", 8, money, "1.00"},
		{"12345678999", 8, money, "123.45"},
		{"5", 0, money, "5.00"},
	} {
		if got := c.fn(c.base, c.dec); got != c.want {
			t.Errorf("%s/%d = %q; want %q", c.base, c.dec, got, c.want)
		}
	}
	if got := percent(123456); got != "12.3456%" {
		t.Errorf("percent = %q", got)
	}
}
