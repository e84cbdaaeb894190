package oracle

import (
	"crypto/ecdsa"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 domain and type of a signed valuation. Wallets sign it with
// eth_signTypedData_v4; docs/chainlink.md shows the JSON.
//
//	EIP712Domain(string name,string version,uint256 chainId)
//	  name    = "Tessera Oracle"
//	  version = "1"
//	  chainId = the chain the asset's feed is on
//	Valuation(string asset,int256 value,uint8 decimals,uint64 observedAt,uint256 nonce)
//
// value is scaled by 10^decimals; observedAt is in Unix seconds; nonce is any
// number the signer never used before (a timestamp in milliseconds or a
// random 256-bit number both work): each is accepted once.
const (
	DomainName    = "Tessera Oracle"
	DomainVersion = "1"

	domainType    = "EIP712Domain(string name,string version,uint256 chainId)"
	valuationType = "Valuation(string asset,int256 value,uint8 decimals,uint64 observedAt,uint256 nonce)"
)

var (
	domainTypeHash    = crypto.Keccak256([]byte(domainType))
	valuationTypeHash = crypto.Keccak256([]byte(valuationType))
)

// Valuation is the message an appraiser signs.
type Valuation struct {
	Asset      string
	Value      *big.Int
	Decimals   uint8
	ObservedAt uint64 // Unix seconds
	Nonce      *big.Int
}

// SignedValuation is a Valuation with its 65-byte signature (r ‖ s ‖ v, v
// being 27/28 or 0/1).
type SignedValuation struct {
	Valuation
	Signature []byte
}

// check validates the fields the hash needs.
func (v Valuation) check() error {
	switch {
	case v.Value == nil || v.Nonce == nil:
		return errors.New("value and nonce are required")
	case v.Value.Cmp(maxInt256) > 0 || v.Value.Cmp(minInt256) < 0:
		return errors.New("value is out of the int256 range")
	case v.Nonce.Sign() < 0 || v.Nonce.BitLen() > 256:
		return errors.New("nonce is out of the uint256 range")
	case v.Decimals > maxDecimals:
		return errors.New("too many decimals")
	}
	return nil
}

// DomainSeparator returns the EIP-712 domain separator for chainID.
func DomainSeparator(chainID *big.Int) common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash,
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		math.U256Bytes(new(big.Int).Set(chainID)),
	)
}

// StructHash returns hashStruct(v).
func (v Valuation) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		valuationTypeHash,
		crypto.Keccak256([]byte(v.Asset)),
		math.U256Bytes(new(big.Int).Set(v.Value)), // two's complement for negatives
		math.U256Bytes(big.NewInt(int64(v.Decimals))),
		math.U256Bytes(new(big.Int).SetUint64(v.ObservedAt)),
		math.U256Bytes(new(big.Int).Set(v.Nonce)),
	)
}

// Digest returns the EIP-712 digest that is signed:
// keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(v)).
func (v Valuation) Digest(chainID *big.Int) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, DomainSeparator(chainID).Bytes(), v.StructHash().Bytes())
}

// Sign signs v for chainID with key, as eth_signTypedData_v4 would (v = 27
// or 28).
func (v Valuation) Sign(chainID *big.Int, key *ecdsa.PrivateKey) (SignedValuation, error) {
	if err := v.check(); err != nil {
		return SignedValuation{}, err
	}
	sig, err := crypto.Sign(v.Digest(chainID).Bytes(), key)
	if err != nil {
		return SignedValuation{}, err
	}
	sig[64] += 27
	return SignedValuation{Valuation: v, Signature: sig}, nil
}

// Signer recovers the address that signed s for chainID. Malleable (high s)
// signatures are refused.
func (s SignedValuation) Signer(chainID *big.Int) (common.Address, error) {
	if err := s.check(); err != nil {
		return common.Address{}, err
	}
	if len(s.Signature) != 65 {
		return common.Address{}, errors.New("signature must be 65 bytes")
	}
	sig := make([]byte, 65)
	copy(sig, s.Signature)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	r, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, ss, true) {
		return common.Address{}, errors.New("invalid signature values")
	}
	pub, err := crypto.SigToPub(s.Digest(chainID).Bytes(), sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
