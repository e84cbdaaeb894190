package compliance

import (
	"slices"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/errs"
)

// ProofScheme is how a wallet signed its challenge.
type ProofScheme string

// The accepted schemes.
const (
	// EIP191 is personal_sign of the challenge message.
	EIP191 ProofScheme = "eip191"
	// EIP712 is eth_signTypedData_v4 of
	//
	//	EIP712Domain(string name,string version)  name = "Tessera Compliance", version = "1"
	//	WalletLink(string message)                message = the challenge message
	EIP712 ProofScheme = "eip712"
)

// The EIP-712 domain and type of a wallet link.
const (
	ProofDomainName    = "Tessera Compliance"
	ProofDomainVersion = "1"
)

var (
	proofDomainSeparator = crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version)")),
		crypto.Keccak256([]byte(ProofDomainName)),
		crypto.Keccak256([]byte(ProofDomainVersion)),
	)
	walletLinkTypeHash = crypto.Keccak256([]byte("WalletLink(string message)"))
)

// ProofDigest is the hash a wallet signs for msg under scheme.
func ProofDigest(scheme ProofScheme, msg string) ([]byte, error) {
	switch scheme {
	case EIP191, "":
		return accounts.TextHash([]byte(msg)), nil
	case EIP712:
		structHash := crypto.Keccak256(walletLinkTypeHash, crypto.Keccak256([]byte(msg)))
		return crypto.Keccak256([]byte{0x19, 0x01}, proofDomainSeparator[:], structHash), nil
	}
	return nil, errs.E(errs.Invalid, "invalid_scheme", `scheme must be "eip191" (personal_sign) or "eip712" (eth_signTypedData_v4)`)
}

// VerifyProof reports whether sig is addr's signature of msg under scheme
// (v may be 0/1 or 27/28).
func VerifyProof(scheme ProofScheme, addr common.Address, msg string, sig []byte) (bool, error) {
	digest, err := ProofDigest(scheme, msg)
	if err != nil {
		return false, err
	}
	if len(sig) != crypto.SignatureLength {
		return false, nil
	}
	sig = slices.Clone(sig)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		return false, nil
	}
	return crypto.PubkeyToAddress(*pub) == addr, nil
}
