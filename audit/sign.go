package audit

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignedReport is the file an auditor hands over: the report, the
// keccak-256 of its compact JSON, and the auditor's EIP-191 signature of that
// hash (personal_sign of the 32 hash bytes, what `cast wallet sign 0x<hash>`
// produces), so anyone can check who attested what at which block.
type SignedReport struct {
	Report      json.RawMessage `json:"report"`
	ContentHash string          `json:"content_hash"`
	Signer      string          `json:"signer"`
	Signature   string          `json:"signature"`
	Scheme      string          `json:"scheme"`
}

// SignatureScheme names how reports are signed.
const SignatureScheme = "EIP-191 personal_sign over keccak256(compact JSON of report)"

// ErrTampered is returned by VerifySigned when a report does not match its
// signature.
var ErrTampered = errors.New("report signature check failed")

// ContentHash is the keccak-256 of report's compact JSON.
func ContentHash(report []byte) (common.Hash, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, report); err != nil {
		return common.Hash{}, fmt.Errorf("report is not JSON: %w", err)
	}
	return crypto.Keccak256Hash(buf.Bytes()), nil
}

// Sign signs r with key and returns the indented signed file.
func Sign(r *Report, key *ecdsa.PrivateKey) ([]byte, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	h, err := ContentHash(body)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(accounts.TextHash(h[:]), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27 // the v of personal_sign
	out, err := json.MarshalIndent(SignedReport{
		Report: body, ContentHash: h.Hex(), Signer: crypto.PubkeyToAddress(key.PublicKey).Hex(),
		Signature: hexutil.Encode(sig), Scheme: SignatureScheme,
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// Verified is a signed report that passed VerifySigned.
type Verified struct {
	Report      *Report
	Signer      common.Address
	ContentHash common.Hash
}

// VerifySigned checks a signed report file: the report must hash to its
// content hash and the signature must recover to the named signer.
func VerifySigned(data []byte) (Verified, error) {
	var s SignedReport
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Verified{}, fmt.Errorf("%w: not a signed report: %v", ErrTampered, err)
	}
	if len(s.Report) == 0 || s.Signature == "" || !common.IsHexAddress(s.Signer) {
		return Verified{}, fmt.Errorf("%w: report, signer or signature missing", ErrTampered)
	}
	h, err := ContentHash(s.Report)
	if err != nil {
		return Verified{}, fmt.Errorf("%w: %v", ErrTampered, err)
	}
	if !strings.EqualFold(h.Hex(), s.ContentHash) {
		return Verified{}, fmt.Errorf("%w: the report hashes to %s but content_hash says %s: the report was changed after it was signed", ErrTampered, h.Hex(), s.ContentHash)
	}
	sig, err := hexutil.Decode(s.Signature)
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return Verified{}, fmt.Errorf("%w: the signature is not a 65-byte EIP-191 signature", ErrTampered)
	}
	sig = bytes.Clone(sig)
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(h[:]), sig)
	if err != nil {
		return Verified{}, fmt.Errorf("%w: %v", ErrTampered, err)
	}
	signer := crypto.PubkeyToAddress(*pub)
	if signer != common.HexToAddress(s.Signer) {
		return Verified{}, fmt.Errorf("%w: the signature was made by %s, not by the named signer %s", ErrTampered, signer.Hex(), s.Signer)
	}
	var r Report
	rd := json.NewDecoder(bytes.NewReader(s.Report))
	rd.DisallowUnknownFields()
	if err := rd.Decode(&r); err != nil {
		return Verified{}, fmt.Errorf("%w: the signed report does not parse: %v", ErrTampered, err)
	}
	return Verified{Report: &r, Signer: signer, ContentHash: h}, nil
}

// LoadKey reads an auditor's key: an encrypted keystore file (decrypted
// with password) or a file holding the key in hex. The error never carries
// the key.
func LoadKey(data []byte, password string) (*ecdsa.PrivateKey, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		k, err := keystore.DecryptKey(trimmed, password)
		if err != nil {
			return nil, fmt.Errorf("decrypt keystore: %w", err)
		}
		return k.PrivateKey, nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(string(trimmed), "0x"))
	if err != nil {
		return nil, errors.New("the key is neither a keystore file nor 64 hex characters")
	}
	return k, nil
}
