package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// SetCaps changes an asset's investor caps and transfer windows. A field
// left out keeps what the token has; a cap of 0 removes it. Country,
// category and share caps need the token to count investors (every
// asset tokenized by Tessera does, from before its first unit).
type SetCaps struct {
	// CountryCaps: ISO 3166-1 alpha-2 → the most investors from there.
	CountryCaps map[string]uint32 `json:"country_caps,omitempty"`
	// CategoryCaps: accredited, qualified_purchaser, professional,
	// institutional, issuer_4 … issuer_7, retail → the most investors in
	// it (at most 268435455); categories left out keep their cap.
	CategoryCaps       map[string]uint32 `json:"category_caps,omitempty"`
	MaxCountryShareBPS *uint16           `json:"max_country_share_bps,omitempty"` // 0 to 10000; 0: none
	// TransferLimits replaces the transfer windows (at most four; [] removes them).
	TransferLimits *[]TransferWindow `json:"transfer_limits,omitempty"`
	Reason         string            `json:"reason"`
	// BasedOnState is the state (Caps.State) this change was made from:
	// if the caps changed since, nothing changes and the answer is 409
	// caps_changed. Left out: no check.
	BasedOnState string `json:"based_on_state,omitempty"`
}

// TransferWindow is one transfer limit: each investor may transfer at
// most Limit base units per PeriodSeconds, over all its wallets (not
// mints, burns, forced transfers or moves between its own wallets).
type TransferWindow struct {
	PeriodSeconds uint32 `json:"period_seconds"`
	Limit         string `json:"limit_base,omitempty"` // base units
	// LimitUnits is the limit in the token's units ("2500.5"): a request
	// gives it or limit_base; answers give both.
	LimitUnits string `json:"limit_units,omitempty"`
}

// Caps are an asset's investor caps and transfer windows on chain.
type Caps struct {
	Asset    common.Address `json:"asset"`
	Counting bool           `json:"counting"` // false: no country, category or share cap can be set
	Decimals uint8          `json:"decimals"` // the token's: limits are base units, 10^decimals to a unit
	// CountryCaps: the caps in force of the countries Tessera has capped
	// on this token (alpha-2 → the most investors from there); a cap set
	// on chain past Tessera shows in the cap table only.
	CountryCaps        map[string]uint32 `json:"country_caps"`
	CategoryCaps       map[string]uint32 `json:"category_caps"`
	MaxCountryShareBPS uint16            `json:"max_country_share_bps"`
	TransferLimits     []TransferWindow  `json:"transfer_limits"`
	// Version is the compliance log seq of the newest cap change Tessera
	// made (0: none); State fingerprints it with the caps above, for a
	// change made from them to name (SetCaps.BasedOnState).
	Version int64  `json:"version"`
	State   string `json:"state"`
}

// CapsResult is the logged change and the chain writes that apply it.
type CapsResult struct {
	Log LogEntry  `json:"log"`
	Txs []TxState `json:"txs"`
}

// TransferAllowance is what a wallet's investor may still transfer in
// each of an asset's transfer windows.
type TransferAllowance struct {
	Asset   common.Address    `json:"asset"`
	Wallet  common.Address    `json:"wallet"`
	Windows []AllowanceWindow `json:"windows"` // empty: the asset limits no transfer
}

// AllowanceWindow is one window of a TransferAllowance.
type AllowanceWindow struct {
	PeriodSeconds  uint32 `json:"period_seconds"`
	Limit          string `json:"limit_base"`                // base units
	LimitUnits     string `json:"limit_units,omitempty"`     // the same in the token's units, when its decimals could be read
	Remaining      string `json:"remaining_base"`            // base units transferable now
	RemainingUnits string `json:"remaining_units,omitempty"` // the same in the token's units
	// ResetsAt is when the investor's running window ends and the full
	// limit is free again; absent when none runs.
	ResetsAt *time.Time `json:"resets_at,omitempty"`
}
