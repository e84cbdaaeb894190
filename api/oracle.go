package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// NewValuation is a valuation signed by a registered appraiser (EIP-712,
// docs/chainlink.md).
type NewValuation struct {
	Asset      string `json:"asset"`
	Value      string `json:"value"` // integer, scaled by 10^decimals
	Decimals   uint8  `json:"decimals"`
	ObservedAt uint64 `json:"observed_at"` // Unix seconds
	Nonce      string `json:"nonce"`       // decimal
	Signature  string `json:"signature"`   // 0x-prefixed, 65 bytes
}

// ValuationImport imports historical valuations from CSV
// (asset,value,observed_at). Imported rows are history under the importing
// key, never a feed's input.
type ValuationImport struct {
	CSV         string `json:"csv"`
	SkipInvalid bool   `json:"skip_invalid,omitempty"`
}

// ImportRowError is what is wrong with one CSV row.
type ImportRowError struct {
	Line    int    `json:"line"` // 1-based, the header being line 1
	Message string `json:"message"`
}

// ImportResult reports a CSV import.
type ImportResult struct {
	Rows       int              `json:"rows"`
	Imported   int              `json:"imported"`
	Duplicates int              `json:"duplicates"` // rows this key already imported
	Errors     []ImportRowError `json:"errors"`
}

// NewAppraiser requests an appraiser's registration for an asset.
type NewAppraiser struct {
	Address string `json:"address" openapi:"address"`
	Name    string `json:"name"`
}

// Observation is one valuation the oracle stored.
type Observation struct {
	ID         int64           `json:"id"`
	Asset      string          `json:"asset"`
	Source     string          `json:"source"`
	Kind       string          `json:"kind"`
	Value      string          `json:"value"` // integer, scaled by 10^decimals
	Decimals   uint8           `json:"decimals"`
	Display    string          `json:"display"` // value with its decimal point
	ObservedAt time.Time       `json:"observed_at"`
	ReceivedAt time.Time       `json:"received_at"`
	Signer     *common.Address `json:"signer,omitempty"`
	Nonce      string          `json:"nonce,omitempty"`
	Imported   bool            `json:"imported"` // a CSV import row: history, never counted in a feed's value
	Actor      string          `json:"actor,omitempty"`
	Raw        string          `json:"raw"` // the payload as received; hex (0x…) when not UTF-8 text
}

// Outlier is an observation left out of an aggregate.
type Outlier struct {
	Observation Observation `json:"observation"`
	DistancePPB string      `json:"distance_ppb,omitempty"` // from the median; absent for a zero median
}

// Aggregate is the value the relay would push now: the median of the
// fresh observations.
type Aggregate struct {
	Asset      string        `json:"asset"`
	Value      string        `json:"value"`
	Decimals   uint8         `json:"decimals"`
	Display    string        `json:"display"`
	ObservedAt time.Time     `json:"observed_at"`
	Used       []Observation `json:"used"`
	Rejected   []Outlier     `json:"rejected"`
	Stale      []Observation `json:"stale"`
}

// Push is a feed update and the observations behind it.
type Push struct {
	ID             int64          `json:"id"`
	Asset          string         `json:"asset"`
	ChainID        string         `json:"chain_id"`
	Feed           common.Address `json:"feed"`
	State          string         `json:"state"`
	Reason         string         `json:"reason"`
	Answer         string         `json:"answer"`
	Previous       string         `json:"previous,omitempty"`
	ObservedAt     time.Time      `json:"observed_at"`
	IntendedRound  string         `json:"intended_round"`
	RoundID        string         `json:"round_id,omitempty"`
	TxHash         common.Hash    `json:"tx_hash,omitzero"`
	BlockNumber    uint64         `json:"block_number,omitempty"`
	GasUsed        uint64         `json:"gas_used,omitempty"`
	Error          string         `json:"error,omitempty"`
	IdempotencyKey string         `json:"idempotency_key"`
	CreatedAt      time.Time      `json:"created_at"`
	UpdatedAt      time.Time      `json:"updated_at"`
	Used           []Observation  `json:"used"`
	Rejected       []Observation  `json:"rejected"`
}

// AppraiserRequest is a request to register or revoke an appraiser of an
// asset, and its decision.
type AppraiserRequest struct {
	ID          int64          `json:"id"`
	Asset       string         `json:"asset"`
	Address     common.Address `json:"address"`
	Name        string         `json:"name"`
	Change      string         `json:"change"` // register or revoke
	State       string         `json:"state"`  // pending, approved or rejected
	RequestedBy string         `json:"requested_by"`
	RequestedAt time.Time      `json:"requested_at"`
	DecidedBy   string         `json:"decided_by,omitempty"`
	DecidedAt   *time.Time     `json:"decided_at,omitempty"`
	Note        string         `json:"note,omitempty"`
}

// NewOverride requests that a value be written to an asset's feed past its
// NAV guards (docs/chainlink.md); it is written once an independent key
// approves it.
type NewOverride struct {
	Value      string `json:"value"`       // integer, scaled by 10^decimals of the feed
	ObservedAt uint64 `json:"observed_at"` // Unix seconds; must be after the feed's last observation
	Reason     string `json:"reason"`
}

// Override is a feed override, its decision and its outcome on chain.
type Override struct {
	ID             int64          `json:"id"`
	Asset          string         `json:"asset"`
	ChainID        string         `json:"chain_id"`
	Feed           common.Address `json:"feed"`
	Value          string         `json:"value"`
	ObservedAt     time.Time      `json:"observed_at"`
	Reason         string         `json:"reason"`
	State          string         `json:"state"` // pending, approved, rejected, submitted, confirmed or failed
	RequestedBy    string         `json:"requested_by"`
	RequestedAt    time.Time      `json:"requested_at"`
	DecidedBy      string         `json:"decided_by,omitempty"`
	DecidedAt      *time.Time     `json:"decided_at,omitempty"`
	Note           string         `json:"note,omitempty"`
	IdempotencyKey string         `json:"idempotency_key,omitempty"`
	RoundID        string         `json:"round_id,omitempty"`
	TxHash         common.Hash    `json:"tx_hash,omitzero"`
	BlockNumber    uint64         `json:"block_number,omitempty"`
	Error          string         `json:"error,omitempty"`
	UpdatedAt      time.Time      `json:"updated_at"`
}

// OracleAlert is a value the relay refused to sign because the feed's NAV
// guards would refuse it.
type OracleAlert struct {
	ID            int64          `json:"id"`
	Asset         string         `json:"asset"`
	ChainID       string         `json:"chain_id"`
	Feed          common.Address `json:"feed"`
	Reason        string         `json:"reason"` // change_too_large, reference_deviation, reference_unavailable or feed_paused
	Proposed      string         `json:"proposed"`
	ObservedAt    time.Time      `json:"observed_at"`
	Previous      string         `json:"previous,omitempty"`
	PreviousRound string         `json:"previous_round"` // "0": the feed had no round
	Reference     string         `json:"reference,omitempty"`
	Detail        string         `json:"detail"`
	CreatedAt     time.Time      `json:"created_at"`
}
