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
//	EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	  name              = "Tessera Oracle"
//	  version           = "2"
//	  chainId           = the chain the asset's feed is on
//	  verifyingContract = the asset's ValuationFeed
//	Valuation(string asset,int256 value,uint8 decimals,uint64 observedAt,uint256 nonce)
//
// The feed in the domain binds a signature to one feed: a valuation signed
// for one asset's feed recovers another address when checked against any
// other feed (another asset, another deployment with the same asset name, a
// redeployed feed), so it cannot be replayed there. value is scaled by
// 10^decimals; observedAt is in Unix seconds; nonce is any number the
// signer never used before (a timestamp in milliseconds or a random 256-bit
// number both work): each is accepted once.
const (
	DomainName = "Tessera Oracle"
	// DomainVersion is "2" since the domain names the feed; version "1"
	// signatures (chain only) are refused.
	DomainVersion = "2"

	domainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	valuationType = "Valuation(string asset,int256 value,uint8 decimals,uint64 observedAt,uint256 nonce)"
)

var (
	domainTypeHash    = crypto.Keccak256([]byte(domainType))
	valuationTypeHash = crypto.Keccak256([]byte(valuationType))
)

// Domain is the EIP-712 domain of one feed's valuations: the chain and the
// feed contract (verifyingContract). Service.Domain returns an asset's.
type Domain struct {
	ChainID *big.Int
	Feed    common.Address
}

// Separator returns the EIP-712 domain separator of d.
func (d Domain) Separator() common.Hash {
	chainID := new(big.Int)
	if d.ChainID != nil {
		chainID.Set(d.ChainID)
	}
	return crypto.Keccak256Hash(
		domainTypeHash,
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		math.U256Bytes(chainID),
		common.LeftPadBytes(d.Feed.Bytes(), 32),
	)
}

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

func (d Domain) check() error {
	if d.ChainID == nil || d.ChainID.Sign() <= 0 || d.Feed == (common.Address{}) {
		return errors.New("the domain needs a chain id and a feed address")
	}
	return nil
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

// Digest returns the EIP-712 digest that is signed for the feed of d:
// keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(v)).
func (v Valuation) Digest(d Domain) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.Separator().Bytes(), v.StructHash().Bytes())
}

// Sign signs v for the feed of d with key, as eth_signTypedData_v4 would
// (v = 27 or 28).
func (v Valuation) Sign(d Domain, key *ecdsa.PrivateKey) (SignedValuation, error) {
	if err := v.check(); err != nil {
		return SignedValuation{}, err
	}
	if err := d.check(); err != nil {
		return SignedValuation{}, err
	}
	sig, err := crypto.Sign(v.Digest(d).Bytes(), key)
	if err != nil {
		return SignedValuation{}, err
	}
	sig[64] += 27
	return SignedValuation{Valuation: v, Signature: sig}, nil
}

// Signer recovers the address that signed s for the feed of d. Malleable
// (high s) signatures are refused. A signature made for another domain
// recovers some other address; the caller refuses it as unregistered.
func (s SignedValuation) Signer(d Domain) (common.Address, error) {
	if err := s.check(); err != nil {
		return common.Address{}, err
	}
	if err := d.check(); err != nil {
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
	pub, err := crypto.SigToPub(s.Digest(d).Bytes(), sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
