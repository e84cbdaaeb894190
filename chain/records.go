package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// View selects which state an indexer read sees.
type View int

const (
	// ViewLatest is the state at the newest indexed block: what portfolios
	// show. A reorg may still change it.
	ViewLatest View = iota
	// ViewFinalized is the state at the newest indexed block the node
	// reports final (or that is FinalityDepth deep): what audits use, since
	// no reorg changes it.
	ViewFinalized
)

// String names the view.
func (v View) String() string {
	switch v {
	case ViewLatest:
		return "latest"
	case ViewFinalized:
		return "finalized"
	}
	return "view(" + strconv.Itoa(int(v)) + ")"
}

// BlockRef names a block.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// IndexedBlock is a block as the indexer stores it.
type IndexedBlock struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       time.Time
}

// Ref returns the block's reference.
func (b IndexedBlock) Ref() BlockRef { return BlockRef{Number: b.Number, Hash: b.Hash} }

// IndexCursor is how far the indexer has read a chain.
type IndexCursor struct {
	Block     BlockRef // newest indexed block
	Finalized uint64   // newest block the node reported final
	Head      uint64   // the node's head when last asked
}

// IndexedContract is a deployment the indexer follows.
type IndexedContract struct {
	Address    common.Address
	Name       string // deployment role, e.g. "asset:TBILL:token"
	Contract   string // contract name, the key of its decoder
	StartBlock uint64 // deployment block: no events before it
	// Backfill is the next block to read while the contract is caught up
	// to the cursor (it was recorded after the indexer passed its
	// deployment block); nil once it follows the cursor.
	Backfill *uint64
}

// EventRef locates one log on chain. (BlockHash, TxHash, LogIndex) is the
// idempotency key of every stored event.
type EventRef struct {
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	LogIndex  uint
	Time      time.Time // block time; filled by reads
}

// Pos is the event's place in chain order, usable as a page cursor.
func (r EventRef) Pos() EventPos { return EventPos{Block: r.Block, LogIndex: r.LogIndex} }

// EventPos is a place in chain order: keyset pages start after one.
type EventPos struct {
	Block    uint64
	LogIndex uint
}

// String encodes p as an opaque page token.
func (p EventPos) String() string {
	return strconv.FormatUint(p.Block, 10) + "-" + strconv.FormatUint(uint64(p.LogIndex), 10)
}

// ParseEventPos decodes a page token made by EventPos.String.
func ParseEventPos(s string) (EventPos, error) {
	b, l, ok := strings.Cut(s, "-")
	if !ok {
		return EventPos{}, fmt.Errorf("bad page cursor %q", s)
	}
	block, err1 := strconv.ParseUint(b, 10, 64)
	logIndex, err2 := strconv.ParseUint(l, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return EventPos{}, fmt.Errorf("bad page cursor %q", s)
	}
	return EventPos{Block: block, LogIndex: uint(logIndex)}, nil
}

// Transfer is an ERC-20 (or ERC-721) Transfer event; mints come from and
// burns go to the zero address.
type Transfer struct {
	EventRef
	Token   common.Address
	From    common.Address
	To      common.Address
	Value   *big.Int // 1 for a deed
	TokenID *big.Int // the deed moved; nil for fungible tokens
}

// Mint is an issuance with the request id the token refuses to see twice.
type Mint struct {
	EventRef
	Token     common.Address
	RequestID common.Hash
	To        common.Address
	Amount    *big.Int
}

// Burn is a redemption (or burn) with its request id.
type Burn struct {
	EventRef
	Token     common.Address
	RequestID common.Hash
	From      common.Address
	Amount    *big.Int
}

// Balance is a wallet's holding of a token.
type Balance struct {
	Wallet common.Address
	Amount *big.Int
}

// TransferFilter selects transfers. Zero fields match everything.
type TransferFilter struct {
	Token  common.Address // zero: every token
	Wallet common.Address // zero: every wallet; else sent or received
	View   View
	// Desc lists newest first; the page cursor then goes backwards.
	Desc bool
}

// IndexBatch is what one indexing step writes, in one SQL transaction.
type IndexBatch struct {
	// Parent is the block the batch continues from: the stored cursor must
	// be at it, or the batch is refused with ErrIndexCursorMoved. Zero only
	// for the first batch of a chain.
	Parent BlockRef
	// Blocks are the blocks read, ascending; the last one becomes the cursor.
	// Empty when only finality or contracts change.
	Blocks []IndexedBlock
	// Replay marks a batch of blocks at or below the cursor (a backfill or a
	// re-read): the cursor stays, and every block must match the stored one.
	Replay bool
	// Head and Finalized are the node's, as seen by this step.
	Head, Finalized uint64
	// Contracts are registered, or their Backfill updated.
	Contracts []IndexedContract

	Transfers       []Transfer
	Mints           []Mint
	Burns           []Burn
	ForcedTransfers []ForcedTransfer
	FrozenChanges   []FrozenChange
	AddressFreezes  []AddressFreeze
	Documents       []DocumentAnchor
	ValuationRounds []ValuationRound
	IdentityEvents  []IdentityEvent
	Distributions   []PublishedDistribution
	Claims          []Claim
	TimelockCalls   []TimelockCall
	TimelockCancels []TimelockCancel
	TimelockDelays  []TimelockDelayChange
	ProxyUpgrades   []ProxyUpgrade
	DealingEvents   []DealingEvent

	// Undecodable are the logs whose decoder refused them; they are stored
	// beside the events, and rolled back with them.
	Undecodable []UndecodableLog
}

// UndecodableLog is a log of a followed contract, with the id of an event
// the indexer decodes, that its decoder refused: topics or data not shaped
// as the event declares, or a value no table can hold. Tessera's own
// contracts never emit one; a contract whose code is not what its
// deployment record says may. The indexer records it with the reason and
// indexes on, so one contract cannot stop the indexing of every asset.
type UndecodableLog struct {
	EventRef
	Address  common.Address
	Contract string // the deployment's contract name, whose decoder refused the log
	Topics   []common.Hash
	Data     []byte
	Error    string
}

// Events counts the decoded events in b.
func (b *IndexBatch) Events() int {
	return len(b.Transfers) + len(b.Mints) + len(b.Burns) + len(b.ForcedTransfers) + len(b.FrozenChanges) +
		len(b.AddressFreezes) + len(b.Documents) + len(b.ValuationRounds) + len(b.IdentityEvents) +
		len(b.Distributions) + len(b.Claims) + len(b.TimelockCalls) + len(b.TimelockCancels) + len(b.TimelockDelays) +
		len(b.ProxyUpgrades)
}

// ErrIndexCursorMoved is returned when a batch does not continue from the
// stored cursor (another indexer wrote, or a rollback happened).
var ErrIndexCursorMoved = errors.New("indexer cursor moved")

// ErrIndexBlockMismatch is returned when a replayed block differs from the
// stored one: the chain reorganized and the cursor has not caught up yet.
var ErrIndexBlockMismatch = errors.New("replayed block differs from the stored block")

// IndexStore keeps what the indexer reads. Every write is one transaction.
type IndexStore interface {
	// IndexCursor returns the cursor of chainID; ok is false before the
	// first batch.
	IndexCursor(ctx context.Context, chainID *big.Int) (cur IndexCursor, ok bool, err error)
	// IndexedContracts lists the contracts followed on chainID.
	IndexedContracts(ctx context.Context, chainID *big.Int) ([]IndexedContract, error)
	// IndexedBlocks returns up to limit stored blocks numbered at most
	// below, newest first.
	IndexedBlocks(ctx context.Context, chainID *big.Int, below uint64, limit int) ([]IndexedBlock, error)
	// ApplyIndexBatch stores b. Events already stored are left as they are,
	// so applying a batch twice changes nothing.
	ApplyIndexBatch(ctx context.Context, chainID *big.Int, b *IndexBatch) error
	// RollbackIndex removes every block and event above keep and moves the
	// cursor to keep; nil keep removes everything of chainID but the
	// contract list.
	RollbackIndex(ctx context.Context, chainID *big.Int, keep *BlockRef) error
}
