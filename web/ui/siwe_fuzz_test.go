package ui

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// sameSIWE reports whether a and b say the same thing.
func sameSIWE(a, b SIWEMessage) bool {
	return a.Domain == b.Domain && a.Address == b.Address && a.Statement == b.Statement && a.URI == b.URI &&
		a.ChainID.Cmp(b.ChainID) == 0 && a.Nonce == b.Nonce && a.IssuedAt.Equal(b.IssuedAt) && a.ExpiresAt.Equal(b.ExpiresAt)
}

// FuzzParseSIWE checks that a sign-in message either is refused as
// Invalid or parses to a message whose text (String) parses to the same
// message and renders to the same text: what the server checks is what
// the wallet showed.
func FuzzParseSIWE(f *testing.F) {
	m := SIWEMessage{Domain: "127.0.0.1:8080", Address: common.HexToAddress("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"),
		Statement: siweStatement, URI: "http://127.0.0.1:8080/ui/", ChainID: big.NewInt(31337), Nonce: "abcdefgh12345678Z",
		IssuedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), ExpiresAt: time.Date(2026, 1, 2, 3, 9, 5, 0, time.UTC)}
	f.Add(m.String())
	bare := m
	bare.Statement, bare.ExpiresAt = "", time.Time{}
	f.Add(bare.String())
	f.Add("example.com wants you to sign in with your Ethereum account:\n0x5B38Da6a701c568545dCfcB03FcB875f56beddC4\n\n\n\nURI: https://example.com/ui/\nVersion: 1\nChain ID: 007\nNonce: abcdefgh\nIssued At: 2026-01-02T03:04:05.5+02:00")
	f.Add("x wants you to sign in with your Ethereum account:\n0x5b38da6a701c568545dcfcb03fcb875f56beddc4\n\nURI: u\nVersion: 1\nChain ID: 1\nNonce: abcdefgh\nIssued At: 2026-01-02T03:04:05Z\nNot Before: 2026-01-02T03:04:05Z")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ParseSIWE(text)
		if err != nil {
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("%q: %v; want an Invalid error", text, err)
			}
			return
		}
		again, err := ParseSIWE(m.String())
		if err != nil {
			t.Fatalf("%q parses, but its rendering %q does not: %v", text, m.String(), err)
		}
		if !sameSIWE(m, again) {
			t.Fatalf("round trip changed the message:\n%q\n%+v\n%+v", text, m, again)
		}
		if again.String() != m.String() {
			t.Fatalf("rendering is not stable: %q then %q", m.String(), again.String())
		}
	})
}
