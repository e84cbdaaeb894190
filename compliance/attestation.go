package compliance

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tessera-rwa/tessera/errs"
)

// A KYC attestation is a KYC provider's EIP-712 signed statement that the
// holder of a wallet passed its checks. Wallets and provider tools sign it
// with eth_signTypedData_v4; docs/onboarding.md shows the JSON.
//
//	EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	  name              = "Tessera KYC"
//	  version           = "1"
//	  chainId           = the platform's chain
//	  verifyingContract = the platform's IdentityRegistry
//	KYCAttestation(address wallet,bytes32 subject,uint16 country,uint8 categories,uint64 expiry,uint64 issuedAt,bytes32 nonce)
//
// subject is the provider's own reference for the person (opaque to
// Tessera); country is ISO 3166-1 numeric; categories is a bitmask in the
// bit order of FlagNames (0: retail); expiry and issuedAt are Unix
// seconds; nonce is any 32 bytes the provider never used for that wallet.
// The registry in the domain binds an attestation to one deployment.
const (
	AttestationDomainName    = "Tessera KYC"
	AttestationDomainVersion = "1"
	AttestationPrimaryType   = "KYCAttestation"
	// AttestationType is the message type's EIP-712 encoding.
	AttestationType = "KYCAttestation(address wallet,bytes32 subject,uint16 country,uint8 categories,uint64 expiry,uint64 issuedAt,bytes32 nonce)"
)

// attestationTypes are the EIP-712 types of an attestation.
var attestationTypes = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
	},
	AttestationPrimaryType: {
		{Name: "wallet", Type: "address"}, {Name: "subject", Type: "bytes32"}, {Name: "country", Type: "uint16"},
		{Name: "categories", Type: "uint8"}, {Name: "expiry", Type: "uint64"}, {Name: "issuedAt", Type: "uint64"},
		{Name: "nonce", Type: "bytes32"},
	},
}

// Attestation is the message a KYC provider signs.
type Attestation struct {
	Wallet     common.Address
	Subject    common.Hash
	Country    uint16 // ISO 3166-1 numeric
	Categories Flag
	Expiry     uint64 // Unix seconds
	IssuedAt   uint64 // Unix seconds
	Nonce      common.Hash
}

// SignedAttestation is an attestation with its 65-byte signature (r ‖ s ‖
// v, v being 27/28 or 0/1).
type SignedAttestation struct {
	Attestation
	Signature []byte
}

// AttestationDomain is the EIP-712 domain attestations are signed for.
type AttestationDomain struct {
	ChainID  *big.Int
	Registry common.Address
}

// TypedData is the attestation as eth_signTypedData_v4 takes it.
func (a Attestation) TypedData(d AttestationDomain) apitypes.TypedData {
	chainID := new(big.Int)
	if d.ChainID != nil {
		chainID.Set(d.ChainID)
	}
	return apitypes.TypedData{
		Types:       attestationTypes,
		PrimaryType: AttestationPrimaryType,
		Domain: apitypes.TypedDataDomain{Name: AttestationDomainName, Version: AttestationDomainVersion,
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: d.Registry.Hex()},
		Message: apitypes.TypedDataMessage{
			"wallet": a.Wallet.Hex(), "subject": a.Subject.Hex(), "country": new(big.Int).SetUint64(uint64(a.Country)),
			"categories": new(big.Int).SetUint64(uint64(a.Categories)), "expiry": new(big.Int).SetUint64(a.Expiry),
			"issuedAt": new(big.Int).SetUint64(a.IssuedAt), "nonce": a.Nonce.Hex(),
		},
	}
}

// Digest is the EIP-712 hash a provider signs, computed by go-ethereum's
// implementation of the standard. It also names the attestation: each
// digest is accepted once.
func (a Attestation) Digest(d AttestationDomain) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(a.TypedData(d))
	if err != nil {
		return common.Hash{}, fmt.Errorf("compliance: attestation hash: %w", err)
	}
	return common.BytesToHash(h), nil
}

// Sign signs a for d with key, as eth_signTypedData_v4 would (v = 27/28).
func (a Attestation) Sign(d AttestationDomain, key *ecdsa.PrivateKey) (SignedAttestation, error) {
	h, err := a.Digest(d)
	if err != nil {
		return SignedAttestation{}, err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return SignedAttestation{}, err
	}
	sig[64] += 27
	return SignedAttestation{Attestation: a, Signature: sig}, nil
}

// Signer recovers the address that signed s for d. Malleable (high-s)
// signatures are refused; a signature made for another domain or message
// recovers some other address, which the caller refuses as no provider.
func (s SignedAttestation) Signer(d AttestationDomain) (common.Address, common.Hash, error) {
	h, err := s.Digest(d)
	if err != nil {
		return common.Address{}, h, err
	}
	bad := errs.E(errs.Unprocessable, "bad_attestation_signature", "the attestation's signature is not a valid 65-byte secp256k1 signature")
	if len(s.Signature) != crypto.SignatureLength {
		return common.Address{}, h, bad
	}
	sig := bytes.Clone(s.Signature)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	r, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, ss, true) {
		return common.Address{}, h, bad
	}
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return common.Address{}, h, bad
	}
	return crypto.PubkeyToAddress(*pub), h, nil
}

// attestationJSON is the document a provider hands the investor: the
// EIP-712 message exactly as signed, and the signature.
type attestationJSON struct {
	Message   attestationMessageJSON `json:"message"`
	Signature string                 `json:"signature"`
}

type attestationMessageJSON struct {
	Wallet     string   `json:"wallet"`
	Subject    string   `json:"subject"`
	Country    jsonUint `json:"country"`
	Categories jsonUint `json:"categories"`
	Expiry     jsonUint `json:"expiry"`
	IssuedAt   jsonUint `json:"issuedAt"`
	Nonce      string   `json:"nonce"`
}

// jsonUint is an unsigned integer given as a JSON number or a decimal or
// 0x-hex string, as EIP-712 tools write them.
type jsonUint struct {
	v   uint64
	set bool
}

func (u *jsonUint) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var err error
	if strings.HasPrefix(s, "0x") {
		u.v, err = strconv.ParseUint(s[2:], 16, 64)
	} else {
		u.v, err = strconv.ParseUint(s, 10, 64)
	}
	if err != nil {
		return fmt.Errorf("%s is not an unsigned 64-bit integer", b)
	}
	u.set = true
	return nil
}

func (u jsonUint) MarshalJSON() ([]byte, error) { return []byte(strconv.FormatUint(u.v, 10)), nil }

// MarshalJSON writes the attestation document ParseAttestation reads.
func (s SignedAttestation) MarshalJSON() ([]byte, error) {
	return json.Marshal(attestationJSON{Message: attestationMessageJSON{
		Wallet: s.Wallet.Hex(), Subject: s.Subject.Hex(), Country: jsonUint{v: uint64(s.Country)},
		Categories: jsonUint{v: uint64(s.Categories)}, Expiry: jsonUint{v: s.Expiry}, IssuedAt: jsonUint{v: s.IssuedAt},
		Nonce: s.Nonce.Hex()}, Signature: hexutil.Encode(s.Signature)})
}

// ParseAttestation reads an attestation document:
//
//	{"message": {"wallet": "0x…", "subject": "0x…", "country": 276, "categories": 1,
//	             "expiry": 1830000000, "issuedAt": 1790000000, "nonce": "0x…"},
//	 "signature": "0x…"}
//
// Unknown fields are refused, so nothing that looks signed goes unchecked.
func ParseAttestation(doc []byte) (SignedAttestation, error) {
	bad := func(why string) (SignedAttestation, error) {
		return SignedAttestation{}, errs.E(errs.Invalid, "invalid_attestation", "attestation: "+why)
	}
	if len(bytes.TrimSpace(doc)) == 0 {
		return bad("paste or upload the JSON document your KYC provider gave you")
	}
	if len(doc) > 8<<10 {
		return bad("the document is larger than 8 KiB")
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	var j attestationJSON
	if err := dec.Decode(&j); err != nil {
		return bad("not the JSON of a signed attestation: " + err.Error())
	}
	if dec.More() {
		return bad("trailing data after the JSON document")
	}
	m := j.Message
	var out SignedAttestation
	if !common.IsHexAddress(m.Wallet) || !strings.HasPrefix(m.Wallet, "0x") {
		return bad("message.wallet must be a 0x-prefixed address")
	}
	out.Wallet = common.HexToAddress(m.Wallet)
	for _, f := range []struct {
		name string
		in   string
		out  *common.Hash
	}{{"subject", m.Subject, &out.Subject}, {"nonce", m.Nonce, &out.Nonce}} {
		b, err := hexutil.Decode(f.in)
		if err != nil || len(b) != 32 {
			return bad("message." + f.name + " must be 32 bytes of 0x-prefixed hex")
		}
		*f.out = common.BytesToHash(b)
	}
	switch {
	case !m.Country.set || !m.Categories.set || !m.Expiry.set || !m.IssuedAt.set:
		return bad("message needs country, categories, expiry and issuedAt")
	case m.Country.v > 0xffff:
		return bad("message.country does not fit uint16")
	case m.Categories.v > 0xff:
		return bad("message.categories does not fit uint8")
	}
	out.Country, out.Categories, out.Expiry, out.IssuedAt = uint16(m.Country.v), Flag(m.Categories.v), m.Expiry.v, m.IssuedAt.v
	sig, err := hexutil.Decode(j.Signature)
	if err != nil || len(sig) != crypto.SignatureLength {
		return bad("signature must be 65 bytes of 0x-prefixed hex")
	}
	out.Signature = sig
	return out, nil
}
