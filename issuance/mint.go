// Package issuance is what an asset issuer does with Tessera: assets and
// their lifecycle, documents, mint and burn requests with four-eyes
// approval, distributions. This file turns approved mints into transaction
// manager requests that batch into AssetToken.batchMint.
package issuance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// MintBatchKind is the transaction manager's batch kind for AssetToken
// mints: queued mints to one token travel together in one batchMint.
const MintBatchKind = "assettoken.mint"

// MintOrder is one mint to carry out on chain (chain.Mint is the record
// of one that happened). RequestID is the on-chain request id the token
// records in its Issued event and refuses to see twice.
type MintOrder struct {
	Token     common.Address
	To        common.Address
	Amount    *big.Int
	RequestID [32]byte
}

var tokenABI = assettoken.NewAssetToken()

// mintArgsLen is the size of a mint's batch arguments: to ‖ amount ‖ id.
const mintArgsLen = 20 + 32 + 32

// TxRequest returns the transaction manager request of m under the
// idempotency key: alone it calls mint; queued with other mints to the same
// token it becomes part of one batchMint.
func (m MintOrder) TxRequest(key string) (txmgr.Request, error) {
	if m.Amount == nil || m.Amount.Sign() <= 0 || m.Amount.BitLen() > 256 {
		return txmgr.Request{}, errors.New("mint amount must be a positive uint256")
	}
	token := m.Token
	args := make([]byte, 0, mintArgsLen)
	args = append(args, m.To.Bytes()...)
	args = append(args, common.LeftPadBytes(m.Amount.Bytes(), 32)...)
	args = append(args, m.RequestID[:]...)
	return txmgr.Request{
		IdempotencyKey: key,
		To:             &token,
		Data:           tokenABI.PackMint(m.To, m.Amount, m.RequestID),
		Batch:          &txmgr.BatchItem{Kind: MintBatchKind, Args: args},
	}, nil
}

// MintBatcher packs queued mints into one AssetToken.batchMint call.
type MintBatcher struct{}

// Pack implements txmgr.Batcher.
func (MintBatcher) Pack(items [][]byte) ([]byte, error) {
	to := make([]common.Address, len(items))
	amounts := make([]*big.Int, len(items))
	ids := make([][32]byte, len(items))
	for i, a := range items {
		if len(a) != mintArgsLen {
			return nil, fmt.Errorf("mint batch item %d has %d bytes, want %d", i, len(a), mintArgsLen)
		}
		to[i] = common.BytesToAddress(a[:20])
		amounts[i] = new(big.Int).SetBytes(a[20:52])
		copy(ids[i][:], a[52:])
	}
	return tokenABI.TryPackBatchMint(to, amounts, ids)
}
