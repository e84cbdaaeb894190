package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Categories is the number of investor categories an AssetToken counts:
// registry flags 0–7 and, ninth (index RetailCategory), investors with
// none of them.
const Categories = 9

// RetailCategory is the index of the investors with no category flag.
const RetailCategory = 8

// InvestorClass is what an AssetToken counts an investor under: its
// country (ISO 3166 numeric) and its categories (registry flags 0–7).
type InvestorClass struct {
	Country    uint16
	Categories uint8
}

// In reports whether the class counts in category i (0–8).
func (c InvestorClass) In(i int) bool {
	if i == RetailCategory {
		return c.Categories == 0
	}
	return c.Categories>>i&1 != 0
}

// RegistryRecord is an IdentityRegistry's packed record of a wallet
// (IdentityRegistry.record): its investor's anchor wallet, country,
// KYC expiry and eligibility flags 0–7.
type RegistryRecord struct {
	Anchor     common.Address // zero for a wallet never registered
	Country    uint16
	Expiry     uint64
	Flags      uint8
	Registered bool
}

// Class is the class a token counts the record's investor under.
func (r RegistryRecord) Class() InvestorClass {
	return InvestorClass{Country: r.Country, Categories: r.Flags}
}

// DecodeRegistryRecord unpacks IdentityRegistry.record's word: bits
// 0–159 anchor, 160–175 country, 176–239 expiry, 240–247 flags, 255
// registered.
func DecodeRegistryRecord(w *big.Int) RegistryRecord {
	var b [32]byte
	w.FillBytes(b[:])
	return RegistryRecord{
		Anchor:     common.BytesToAddress(b[12:]),
		Country:    uint16(b[10])<<8 | uint16(b[11]),
		Expiry:     new(big.Int).SetBytes(b[2:10]).Uint64(),
		Flags:      b[1],
		Registered: b[0]&0x80 != 0,
	}
}

// assetTokenStorage is the ERC-7201 namespace of AssetToken's storage
// (erc7201:tessera.storage.AssetToken); the wallets mapping is its third
// field. Upgrades only append to the namespace (the storage-layout check
// in CI), so the slot below stays where it is.
var assetTokenStorage = common.HexToHash("0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00")

// WalletWordSlot is the storage slot of wallet's word in an AssetToken:
// balance, and, for an investor's anchor, its summed balance, whether it
// is counted and the class it is counted under.
func WalletWordSlot(wallet common.Address) common.Hash {
	field := new(big.Int).Add(assetTokenStorage.Big(), big.NewInt(2))
	return crypto.Keccak256Hash(common.LeftPadBytes(wallet.Bytes(), 32), common.BigToHash(field).Bytes())
}

// Bits of an AssetToken wallet word (AssetTokenLayout.sol).
const (
	wordCounted    = 235
	wordClassShift = 236
)

// CountedClass decodes an AssetToken anchor's wallet word: whether the
// investor is counted per country and category, and under which class
// (the one it entered with, or the one its last recount gave).
func CountedClass(word []byte) (bool, InvestorClass) {
	w := new(big.Int).SetBytes(word)
	counted := w.Bit(wordCounted) == 1
	class := new(big.Int).Rsh(w, wordClassShift).Uint64()
	return counted, InvestorClass{Country: uint16(class & 0x3ff), Categories: uint8(class >> 10)}
}

// Read is one read of a batch: an eth_call of Data on To, or, with Slot
// set, eth_getStorageAt of To's Slot.
type Read struct {
	To   common.Address
	Data []byte
	Slot *common.Hash
}

// rpcClient is what a node client offers to batch JSON-RPC requests
// (*ethclient.Client has it).
type rpcClient interface {
	Client() *rpc.Client
}

// batchSize bounds the requests of one JSON-RPC batch (geth accepts 1,000).
const batchSize = 500

// ReadBatch runs reads at block (nil: latest) and returns their results
// in order: one JSON-RPC batch per 500 reads when r is a node client
// that can batch, one request each otherwise.
func ReadBatch(ctx context.Context, r interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}, reads []Read, block *big.Int) ([][]byte, error) {
	out := make([][]byte, len(reads))
	c, ok := r.(rpcClient)
	if !ok || c.Client() == nil {
		for i, rd := range reads {
			var err error
			if rd.Slot != nil {
				out[i], err = r.StorageAt(ctx, rd.To, *rd.Slot, block)
			} else {
				to := rd.To
				out[i], err = r.CallContract(ctx, ethereum.CallMsg{To: &to, Data: rd.Data}, block)
			}
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", rd.To.Hex(), err)
			}
		}
		return out, nil
	}
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	for start := 0; start < len(reads); start += batchSize {
		end := min(start+batchSize, len(reads))
		elems := make([]rpc.BatchElem, end-start)
		res := make([]hexutil.Bytes, end-start)
		for i, rd := range reads[start:end] {
			if rd.Slot != nil {
				elems[i] = rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{rd.To, *rd.Slot, tag}, Result: &res[i]}
			} else {
				elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": rd.To, "data": hexutil.Bytes(rd.Data)}, tag}, Result: &res[i]}
			}
		}
		if err := c.Client().BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("batch of %d reads: %w", len(elems), err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("read %s: %w", reads[start+i].To.Hex(), e.Error)
			}
			out[start+i] = res[i]
		}
	}
	return out, nil
}
