package ui

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/errs"
)

// SIWEMessage is a Sign-In with Ethereum message (EIP-4361) with the fields
// Tessera issues; the server writes it, the wallet signs its text.
type SIWEMessage struct {
	Domain    string
	Address   common.Address
	Statement string
	URI       string
	ChainID   *big.Int
	Nonce     string
	IssuedAt  time.Time
	ExpiresAt time.Time
}

const siweStatement = "Sign in to Tessera to see your holdings."

// String renders the message in the EIP-4361 layout. Times keep their zone
// and their fraction of a second (RFC 3339), so every message ParseSIWE
// accepts renders to a text that parses back to it; the messages Tessera
// issues are in UTC and whole seconds.
func (m SIWEMessage) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s wants you to sign in with your Ethereum account:\n%s\n\n", m.Domain, m.Address.Hex())
	if m.Statement != "" {
		fmt.Fprintf(&b, "%s\n\n", m.Statement)
	}
	fmt.Fprintf(&b, "URI: %s\nVersion: 1\nChain ID: %s\nNonce: %s\nIssued At: %s", m.URI, m.ChainID, m.Nonce,
		m.IssuedAt.Format(time.RFC3339Nano))
	if !m.ExpiresAt.IsZero() {
		fmt.Fprintf(&b, "\nExpiration Time: %s", m.ExpiresAt.Format(time.RFC3339Nano))
	}
	return b.String()
}

func siweErr(code, msg string) error { return errs.E(errs.Unauthenticated, code, msg) }

// ParseSIWE parses the EIP-4361 text Tessera issues. Fields it does not
// issue (resources, request id, not-before) are refused rather than
// ignored, so nothing signed is left unchecked.
func ParseSIWE(text string) (SIWEMessage, error) {
	bad := func(why string) (SIWEMessage, error) {
		return SIWEMessage{}, errs.E(errs.Invalid, "invalid_siwe_message", "sign-in message: "+why)
	}
	lines := strings.Split(text, "\n")
	if len(lines) < 8 {
		return bad("too short")
	}
	var m SIWEMessage
	head, ok := strings.CutSuffix(lines[0], " wants you to sign in with your Ethereum account:")
	if !ok || head == "" || strings.ContainsAny(head, " /") {
		return bad("first line must be \"<domain> wants you to sign in with your Ethereum account:\"")
	}
	m.Domain = head
	if !common.IsHexAddress(lines[1]) || !strings.HasPrefix(lines[1], "0x") {
		return bad("second line must be the address")
	}
	m.Address = common.HexToAddress(lines[1])
	if m.Address.Hex() != lines[1] {
		return bad("the address must be in its EIP-55 checksum form")
	}
	if lines[2] != "" {
		return bad("a blank line must follow the address")
	}
	rest := lines[3:]
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "URI: ") {
		m.Statement = rest[0]
		if len(rest) < 2 || rest[1] != "" {
			return bad("a blank line must follow the statement")
		}
		rest = rest[2:]
	}
	fields := map[string]string{}
	order := []string{"URI", "Version", "Chain ID", "Nonce", "Issued At", "Expiration Time"}
	i := 0
	for _, l := range rest {
		k, v, ok := strings.Cut(l, ": ")
		for ok && i < len(order) && order[i] != k {
			i++
		}
		if !ok || i == len(order) {
			return bad(fmt.Sprintf("unexpected line %q", l))
		}
		fields[k] = v
		i++
	}
	for _, k := range order[:5] {
		if fields[k] == "" {
			return bad("missing " + k)
		}
	}
	if fields["Version"] != "1" {
		return bad("version must be 1")
	}
	m.URI = fields["URI"]
	id, ok := new(big.Int).SetString(fields["Chain ID"], 10)
	if !ok || id.Sign() <= 0 {
		return bad("chain id must be a positive integer")
	}
	m.ChainID = id
	m.Nonce = fields["Nonce"]
	if !validNonce(m.Nonce) {
		return bad("nonce must be 8 to 64 letters and digits")
	}
	var err error
	if m.IssuedAt, err = time.Parse(time.RFC3339, fields["Issued At"]); err != nil {
		return bad("issued at must be an RFC 3339 time")
	}
	if v := fields["Expiration Time"]; v != "" {
		if m.ExpiresAt, err = time.Parse(time.RFC3339, v); err != nil {
			return bad("expiration time must be an RFC 3339 time")
		}
	}
	return m, nil
}

func validNonce(n string) bool {
	if len(n) < 8 || len(n) > 64 {
		return false
	}
	for _, c := range n {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// newNonce returns 17 random alphanumeric characters (about 100 bits).
func newNonce() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 17)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

// RecoverPersonalSign returns the address that signed text with
// personal_sign (EIP-191 version 0x45), given the 65-byte signature in hex.
func RecoverPersonalSign(text, sigHex string) (common.Address, error) {
	sig, err := hexutil.Decode(sigHex)
	if err != nil || len(sig) != 65 {
		return common.Address{}, errs.E(errs.Invalid, "invalid_signature", "signature must be 65 bytes in 0x-prefixed hex")
	}
	sig = append([]byte(nil), sig...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 {
		return common.Address{}, errs.E(errs.Invalid, "invalid_signature", "signature recovery id must be 27 or 28")
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(text)), sig)
	if err != nil {
		return common.Address{}, siweErr("bad_signature", "the signature does not verify")
	}
	return crypto.PubkeyToAddress(*pub), nil
}
