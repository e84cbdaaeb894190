// Package audit verifies Tessera's records against the chain without trusting
// Tessera's database: it reads events and state at one block straight from a
// node (through the contract bindings), compares them with what the records
// claim, and writes a report that the auditor signs with their own key.
//
// The chain is the reference. Every check reads the chain first and then asks
// the records (mint requests, documents, oracle observations, the indexer's
// tables, the compliance log) to account for it; a record source that is not
// configured makes its check "skipped", never "pass".
package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// Backend is what an audit needs from a node; *ethclient.Client has it. The
// node must keep the state of the blocks audited (an archive node, or anvil
// and the dev chain, which keep all of it).
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// Asset is an asset's contracts as the records name them.
type Asset struct {
	Symbol      string
	Token       common.Address
	TokenBlock  uint64         // deployment block: no event before it
	Feed        common.Address // zero when the asset has no valuation feed
	FeedBlock   uint64
	Distributor common.Address // zero when no distributor is recorded
	DistBlock   uint64
	// Dealing is the asset's Dealing contract (the deployment record of
	// contract "Dealing" for it), zero when it deals at NAV nowhere.
	Dealing      common.Address
	DealingBlock uint64
	// Decimals are the token's and FeedDecimals the feed's as the records
	// give them (nil: not recorded), to show amounts in units.
	Decimals, FeedDecimals *uint8
}

// The sentinels of the audit's refusals. Verify and Exports.Plan return
// them wrapped in an errs error that says what kind of refusal it is
// (refusals); records return ErrUnknownAsset as they like, and the audit
// classifies it.
var (
	// ErrUnknownAsset: the records do not know the asset (errs.NotFound,
	// code unknown_asset).
	ErrUnknownAsset = errors.New("unknown asset")
	// ErrWrongChain: the node serves another chain than the records'
	// (errs.Conflict, code wrong_chain).
	ErrWrongChain = errors.New("RPC endpoint is on another chain than the records")
	// ErrFutureBlock: a block above the node's head, or above the
	// indexer's newest block for an export (errs.Invalid, code
	// block_in_future).
	ErrFutureBlock = errors.New("block is in the future")
	// ErrBeforeDeployment: a block older than the asset's token
	// (errs.Invalid, code block_before_deployment).
	ErrBeforeDeployment = errors.New("block is before the asset was deployed")
)

// refusals gives each sentinel its kind and code.
var refusals = map[error]struct {
	kind errs.Kind
	code string
}{
	ErrUnknownAsset:     {errs.NotFound, "unknown_asset"},
	ErrWrongChain:       {errs.Conflict, "wrong_chain"},
	ErrFutureBlock:      {errs.Invalid, "block_in_future"},
	ErrBeforeDeployment: {errs.Invalid, "block_before_deployment"},
}

// refuse returns sentinel classified, with a message for the caller.
func refuse(sentinel error, format string, args ...any) error {
	r := refusals[sentinel]
	return errs.Wrap(sentinel, r.kind, r.code, fmt.Sprintf(format, args...))
}

// recordsAsset reads an asset's contracts, classifying the records'
// ErrUnknownAsset.
func recordsAsset(ctx context.Context, records Records, chainID *big.Int, symbol string) (Asset, error) {
	a, err := records.Asset(ctx, chainID, symbol)
	if errors.Is(err, ErrUnknownAsset) && errs.As(err) == nil {
		return Asset{}, errs.Wrap(err, errs.NotFound, refusals[ErrUnknownAsset].code, err.Error())
	}
	return a, err
}

// Records is what every audit needs from Tessera's records: which chain they
// describe and where an asset's contracts are.
type Records interface {
	// ChainIDs lists the chains the records hold deployments on.
	ChainIDs(ctx context.Context) ([]*big.Int, error)
	// Asset returns the contracts of symbol on chainID, or ErrUnknownAsset.
	Asset(ctx context.Context, chainID *big.Int, symbol string) (Asset, error)
}

// ApprovedMint is a mint (or burn) request the records hold as approved.
type ApprovedMint struct {
	RequestID common.Hash
	To        common.Address // the burned wallet for a burn
	Amount    *big.Int
	Burn      bool
	// Confirmed is true once the records consider it minted on chain: such
	// a request must have its Issued event at or below the audited block.
	Confirmed   bool
	ConfirmedAt uint64 // block the records saw it mined in (0: unknown)
}

// MintRecords lists an asset's approved mint and burn requests.
type MintRecords interface {
	ApprovedMints(ctx context.Context, chainID *big.Int, a Asset) ([]ApprovedMint, error)
}

// Document is a document's bytes as the records store them.
type Document struct {
	Name    [32]byte // the ERC-1643 name
	Content []byte
}

// DocumentRecords lists an asset's stored documents.
type DocumentRecords interface {
	Documents(ctx context.Context, chainID *big.Int, a Asset) ([]Document, error)
}

// IndexReader is the indexer's view of balances; *postgres.IndexStore has
// it.
type IndexReader interface {
	BalancesAt(ctx context.Context, chainID *big.Int, token common.Address, block uint64) ([]chain.Balance, error)
}

// FeedPush is a feed update the oracle recorded, with the observations
// behind it.
type FeedPush struct {
	PushID  int64
	RoundID *big.Int // the round it made, or, while pending, the one it intends
	Answer  *big.Int
	TxHash  common.Hash
	// Confirmed pushes made their round in Block; pending ones may still.
	Confirmed    bool
	Block        uint64
	Observations []int64 // ids of the observations its answer was computed from
}

// OracleRecords lists the confirmed pushes of a feed.
type OracleRecords interface {
	FeedPushes(ctx context.Context, chainID *big.Int, feed common.Address) ([]FeedPush, error)
}

// Intervention is a recorded forced transfer or recovery, with its reason.
type Intervention struct {
	TxHash common.Hash
	Reason string
}

// InterventionRecords lists an asset's recorded interventions.
type InterventionRecords interface {
	Interventions(ctx context.Context, chainID *big.Int, a Asset) ([]Intervention, error)
}

// LogVerification is what a walk of the compliance log's hash chain found.
type LogVerification struct {
	Entries  int64  // entries checked before the first bad one
	OK       bool   // the whole chain holds
	FirstBad int64  // sequence number of the first entry that breaks it
	Problem  string // what is wrong with it
	Head     string // hash of the last good entry
}

// ComplianceLog verifies the compliance log's hash chain; an error means it
// could not be read, a broken chain is reported in the result.
type ComplianceLog interface {
	VerifyComplianceLog(ctx context.Context) (LogVerification, error)
}

// Status is a check's outcome.
type Status string

// Outcomes of a check. A check passes only when it traced at least one
// item (an event, a holder, a document, a round…) and found nothing wrong:
// one with nothing to trace is skipped, so a report never attests what it
// never looked at.
const (
	Pass    Status = "pass"
	Fail    Status = "fail"
	Skipped Status = "skipped" // the records needed are not available, or there was nothing to trace
)

// Fact is one figure of a check's evidence.
type Fact struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Check is one verification and its evidence.
type Check struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Status   Status   `json:"status"`
	Summary  string   `json:"summary"`
	Facts    []Fact   `json:"facts,omitempty"`
	Findings []string `json:"findings,omitempty"` // what failed, one line each
	Notes    []string `json:"notes,omitempty"`    // listed for the reader, not failures
}

// ReportVersion is the version of the reports Verify writes. Version 2:
// a check that traced nothing is skipped, never passed.
const ReportVersion = 2

// Report is the outcome of an audit of one asset at one block.
type Report struct {
	Version int `json:"version"`
	// Asset and Token are empty in an audit of the contracts alone
	// (VerifyContracts).
	Asset       string       `json:"asset"`
	ChainID     string       `json:"chain_id"`
	Token       string       `json:"token"`
	Feed        string       `json:"feed,omitempty"`
	Distributor string       `json:"distributor,omitempty"`
	Dealing     string       `json:"dealing,omitempty"`
	BlockNumber uint64       `json:"block_number"`
	BlockHash   string       `json:"block_hash"`
	BlockTime   time.Time    `json:"block_time"`
	GeneratedAt time.Time    `json:"generated_at"`
	Scan        ScanProgress `json:"scan"`
	Passed      bool         `json:"passed"` // no check failed (some may be skipped: see Skipped)
	Checks      []Check      `json:"checks"`
}

// Check returns the check with id, or nil.
func (r *Report) Check(id string) *Check {
	for i := range r.Checks {
		if r.Checks[i].ID == id {
			return &r.Checks[i]
		}
	}
	return nil
}

// Failed lists the ids of the checks that failed.
func (r *Report) Failed() []string { return r.withStatus(Fail) }

// Skipped lists the ids of the checks that were skipped: they attest
// nothing.
func (r *Report) Skipped() []string { return r.withStatus(Skipped) }

func (r *Report) withStatus(s Status) []string {
	var ids []string
	for _, c := range r.Checks {
		if c.Status == s {
			ids = append(ids, c.ID)
		}
	}
	return ids
}
