package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// SetDealingCalendar sets how and when an asset deals at NAV. Tickets and
// the threshold are base units (min/max deposit and the threshold in
// payment, min/max redeem in units); an absent maximum is no maximum, an
// absent threshold means every book needs a second principal.
type SetDealingCalendar struct {
	TimeZone      string   `json:"time_zone"`          // IANA, e.g. Europe/London
	BusinessDays  []string `json:"business_days"`      // monday … sunday
	Holidays      []string `json:"holidays,omitempty"` // YYYY-MM-DD; none: leave it out
	Cutoff        string   `json:"cutoff"`             // HH:MM local
	SettlementLag int      `json:"settlement_lag"`
	NAVTTL        uint32   `json:"nav_ttl"` // seconds
	// The ticket bounds: base units (deposits: the payment token's,
	// redemptions: the asset's), or the same in units in the _units
	// twins ("100", "0.5"); a minimum is required either way.
	MinDeposit      string `json:"min_deposit_base,omitempty"`
	MaxDeposit      string `json:"max_deposit_base,omitempty"`
	MinRedeem       string `json:"min_redeem_base,omitempty"`
	MaxRedeem       string `json:"max_redeem_base,omitempty"`
	MinDepositUnits string `json:"min_deposit_units,omitempty"`
	MaxDepositUnits string `json:"max_deposit_units,omitempty"`
	MinRedeemUnits  string `json:"min_redeem_units,omitempty"`
	MaxRedeemUnits  string `json:"max_redeem_units,omitempty"`
	// Modes are async_deposit, async_redeem, instant_subscribe,
	// instant_redeem and wire.
	Modes []string `json:"modes"`
	// FeeBps is the instant facility's fee, at most 100 (1%).
	FeeBps         uint16           `json:"fee_bps,omitempty"`
	SubscribeLimit DealingRateLimit `json:"subscribe_limit"`
	RedeemLimit    DealingRateLimit `json:"redeem_limit"`
	// AutoApproveBelow: books worth less (payment base units) are
	// approved by policy; empty: always a second principal.
	AutoApproveBelow      string `json:"auto_approve_below_base,omitempty"`
	AutoApproveBelowUnits string `json:"auto_approve_below_units,omitempty"` // the same in the payment token's units
}

// DealingRateLimit is one direction's linear-decay limit on the instant
// facility, in payment base units: empty capacities are no limit.
type DealingRateLimit struct {
	Global      string `json:"global_base,omitempty"`
	PerInvestor string `json:"per_investor_base,omitempty"`
	// GlobalUnits and PerInvestorUnits are the same in the payment
	// token's units (a request gives one of each pair; answers give
	// both).
	GlobalUnits      string `json:"global_units,omitempty"`
	PerInvestorUnits string `json:"per_investor_units,omitempty"`
	Window           uint32 `json:"window,omitempty"` // seconds
}

// DealingCalendar is an asset's dealing calendar as stored.
type DealingCalendar struct {
	Asset           string         `json:"asset"`
	ChainID         string         `json:"chain_id"`
	Dealing         common.Address `json:"dealing"`
	Feed            common.Address `json:"feed"`
	PaymentToken    common.Address `json:"payment_token"`
	UnitDecimals    uint8          `json:"unit_decimals"`
	PaymentDecimals uint8          `json:"payment_decimals"`
	TimeZone        string         `json:"time_zone"`
	BusinessDays    []string       `json:"business_days"`
	Holidays        []string       `json:"holidays"`
	Cutoff          string         `json:"cutoff"`
	SettlementLag   int            `json:"settlement_lag"`
	NAVTTL          uint32         `json:"nav_ttl"`
	MinDeposit      string         `json:"min_deposit_base"`
	MaxDeposit      string         `json:"max_deposit_base,omitempty"`
	MinRedeem       string         `json:"min_redeem_base"`
	MaxRedeem       string         `json:"max_redeem_base,omitempty"`
	// The same bounds in units: the deposits' in the payment token's, the
	// redemptions' in the asset's.
	MinDepositUnits  string           `json:"min_deposit_units,omitempty"`
	MaxDepositUnits  string           `json:"max_deposit_units,omitempty"`
	MinRedeemUnits   string           `json:"min_redeem_units,omitempty"`
	MaxRedeemUnits   string           `json:"max_redeem_units,omitempty"`
	Modes            []string         `json:"modes"`
	ModeBits         uint8            `json:"mode_bits"` // the Dealing contract's Config.modes
	FeeBps           uint16           `json:"fee_bps"`
	SubscribeLimit   DealingRateLimit `json:"subscribe_limit"`
	RedeemLimit      DealingRateLimit `json:"redeem_limit"`
	AutoApproveBelow string           `json:"auto_approve_below_base,omitempty"`
	// AutoApproveBelowUnits is the same in the payment token's units.
	AutoApproveBelowUnits string    `json:"auto_approve_below_units,omitempty"`
	UpdatedBy             string    `json:"updated_by"`
	UpdatedAt             time.Time `json:"updated_at"`
}

// DealingDay is one dealing day: requests made by Cutoff are priced at the
// first NAV observed at or after it, and settle on Settlement.
type DealingDay struct {
	Date       string    `json:"date"` // local YYYY-MM-DD
	Cutoff     time.Time `json:"cutoff"`
	Settlement string    `json:"settlement"` // local YYYY-MM-DD
}

// DealingDays are an asset's next dealing days.
type DealingDays struct {
	Asset    string       `json:"asset"`
	TimeZone string       `json:"time_zone"`
	Days     []DealingDay `json:"days"`
}

// DealingRound is the NAV round a book is priced at.
type DealingRound struct {
	ID         string    `json:"id"`
	Answer     string    `json:"answer"` // one whole unit's value, scaled by 10^decimals
	Decimals   uint8     `json:"decimals"`
	ObservedAt time.Time `json:"observed_at"`
}

// DealingTotals sum a book in payment base units (units for the unit
// totals). NetReserveNeed is redemptions paid on chain minus deposits paid
// into escrow; negative when deposits cover redemptions.
type DealingTotals struct {
	GrossIn        string `json:"gross_in_base"`
	GrossOut       string `json:"gross_out_base"`
	NetReserveNeed string `json:"net_reserve_need_base"`
	UnitsIn        string `json:"units_in_base"`
	UnitsOut       string `json:"units_out_base"`
}

// DealingLine is one priced request: Result is units for a deposit and
// payment for a redeem; the remainder, the value not converted, is the
// exact fraction remainder_num/remainder_den of a payment base unit.
type DealingLine struct {
	RequestID    string         `json:"request_id"`
	Kind         string         `json:"kind"`
	Controller   common.Address `json:"controller"`
	Owner        common.Address `json:"owner"`
	Amount       string         `json:"amount_base"`
	Wire         bool           `json:"wire"`
	Result       string         `json:"result_base"`
	RemainderNum string         `json:"remainder_num"`
	RemainderDen string         `json:"remainder_den"`
	Batch        int            `json:"batch"`
}

// DealingRefusal is a request of the day left out of its book:
// unpaid_wire, after_cutoff or not_pending.
type DealingRefusal struct {
	RequestID string `json:"request_id"`
	Reason    string `json:"reason"`
}

// DealingBatch is one fulfil transaction of a book.
type DealingBatch struct {
	Index          int          `json:"index"`
	RequestIDs     []string     `json:"request_ids"`
	Gas            uint64       `json:"gas"` // estimated
	IdempotencyKey string       `json:"idempotency_key"`
	TxKey          string       `json:"tx_key,omitempty"`
	TxHash         *common.Hash `json:"tx_hash,omitempty"`
	State          string       `json:"state"`           // pending, sent, fulfilled or failed
	Error          string       `json:"error,omitempty"` // a failed batch's last error
	Retries        int          `json:"retries,omitempty"`
}

// DealingBook is a dealing day's book. Lists leave lines and batches out.
type DealingBook struct {
	ID              int64            `json:"id"`
	Asset           string           `json:"asset"`
	ChainID         string           `json:"chain_id"`
	Dealing         common.Address   `json:"dealing"`
	Date            string           `json:"date"`
	Cutoff          time.Time        `json:"cutoff"`
	Settlement      string           `json:"settlement"`
	State           string           `json:"state"` // open, priced, approved, fulfilling, fulfilled, rejected or void
	Round           *DealingRound    `json:"round,omitempty"`
	UnitDecimals    uint8            `json:"unit_decimals"`
	PaymentDecimals uint8            `json:"payment_decimals"`
	Totals          DealingTotals    `json:"totals"`
	Lines           []DealingLine    `json:"lines"`
	Refused         []DealingRefusal `json:"refused"`
	Batches         []DealingBatch   `json:"batches"`
	RequestedBy     string           `json:"requested_by"`
	RequestedAt     time.Time        `json:"requested_at"`
	PricedAt        *time.Time       `json:"priced_at,omitempty"`
	DecidedBy       string           `json:"decided_by,omitempty"`
	DecidedAt       *time.Time       `json:"decided_at,omitempty"`
	DecisionNote    string           `json:"decision_note,omitempty"`
	Policy          string           `json:"policy,omitempty"` // set when a policy, not a principal, decided
}

// DealingRequest is one ERC-7540 request as indexed from the chain.
type DealingRequest struct {
	ChainID     string         `json:"chain_id"`
	Dealing     common.Address `json:"dealing"`
	ID          string         `json:"id"`
	Kind        string         `json:"kind"`
	Controller  common.Address `json:"controller"`
	Owner       common.Address `json:"owner"`
	Amount      string         `json:"amount_base"`
	Wire        bool           `json:"wire"`
	Paid        bool           `json:"paid"`
	RequestedAt time.Time      `json:"requested_at"`
	Cutoff      *time.Time     `json:"cutoff,omitempty"` // the cut-off the contract stamped it with: its dealing day
	// DayVoid says its day is void on chain: it is never fulfilled and,
	// while pending, may be cancelled.
	DayVoid   bool         `json:"day_void,omitempty"`
	State     string       `json:"state"`
	Result    string       `json:"result_base,omitempty"`
	Round     string       `json:"round,omitempty"`
	RequestTx *common.Hash `json:"request_tx,omitempty"`
	FulfilTx  *common.Hash `json:"fulfil_tx,omitempty"`
	ClaimTx   *common.Hash `json:"claim_tx,omitempty"`
	CancelTx  *common.Hash `json:"cancel_tx,omitempty"`
	// ConfirmedRef is the ref the chain recorded with a wire request's
	// payment or payout confirmation; WireReference the bank reference
	// of the confirmation approved on the platform with that ref.
	ConfirmedRef  *common.Hash `json:"confirmed_ref,omitempty"`
	WireReference string       `json:"wire_reference,omitempty"`
}

// ConfirmWire records that a wire request's money moved: a
// subscription's payment arrived, or a priced redemption was paid out.
// Reference is the bank's reference (at most 140 characters); the chain
// records its keccak256.
type ConfirmWire struct {
	Reference string `json:"reference"`
}

// WireConfirmation is a four-eyes confirmation of a wire request's
// payment or payout: pending until an independent approver approves it
// (the platform signer then sends confirmPayment / confirmPayout, and it
// ends confirmed or failed) or rejects it.
type WireConfirmation struct {
	ID          int64          `json:"id"`
	Asset       string         `json:"asset"`
	ChainID     string         `json:"chain_id"`
	Dealing     common.Address `json:"dealing"`
	RequestID   string         `json:"request_id"`
	Kind        string         `json:"kind"` // payment or payout
	Reference   string         `json:"reference"`
	RefHash     common.Hash    `json:"ref_hash"` // keccak256(reference): the ref on chain
	State       string         `json:"state"`    // pending, approved, rejected, confirmed or failed
	RequestedBy string         `json:"requested_by"`
	RequestedAt time.Time      `json:"requested_at"`
	DecidedBy   string         `json:"decided_by,omitempty"`
	DecidedAt   *time.Time     `json:"decided_at,omitempty"`
	Note        string         `json:"note,omitempty"`
	TxKey       string         `json:"tx_key,omitempty"`
	TxHash      *common.Hash   `json:"tx_hash,omitempty"`
	Error       string         `json:"error,omitempty"` // why the chain refused it
}

// PrepareDealingCalls asks for the calls a wallet signs and sends itself
// to act on an asset's dealing. Amount is payment base units for
// request_deposit and subscribe, unit base units for request_redeem and
// redeem_instant, and for claim an optional part of one side (payment
// for the deposit side, units for the redeem side).
type PrepareDealingCalls struct {
	// Action is request_deposit, request_redeem, request_deposit_wire,
	// request_redeem_wire, cancel, claim, subscribe or redeem_instant.
	Action string `json:"action"`
	Wallet string `json:"wallet" openapi:"address"`
	Amount string `json:"amount_base,omitempty"` // base units: payment for a deposit, the asset's for a redemption
	// AmountUnits is the amount as people type it ("1000", "2.5"), in
	// units of the same token: give it or amount_base.
	AmountUnits string `json:"amount_units,omitempty"`
	RequestID   string `json:"request_id,omitempty"` // cancel
	Side        string `json:"side,omitempty"`       // claim: deposit or redeem; empty: both
	// MinOut bounds an instant deal's result (units for subscribe,
	// payment for redeem_instant); empty: the exact result at the latest
	// NAV.
	MinOut string `json:"min_out_base,omitempty"`
	// MinOutUnits is MinOut in units of the result's token.
	MinOutUnits string `json:"min_out_units,omitempty"`
	// Reference is the investor's payment reference of a wire request
	// (at most 140 characters); the call carries its keccak256.
	Reference string `json:"reference,omitempty"`
}

// DealingCall is one call the wallet sends, in order: to, with data (0x
// hex calldata), no value.
type DealingCall struct {
	To          common.Address `json:"to"`
	Data        string         `json:"data"`
	Description string         `json:"description"`
}

// DealingOutcome is what the calls give the wallet: an amount of units
// or payment (what), the instant facility's fee in payment where charged.
// An estimate is a request's result at the latest NAV: the dealing day's
// NAV decides it.
type DealingOutcome struct {
	What     string `json:"what"` // units or payment
	Amount   string `json:"amount_base"`
	Fee      string `json:"fee_base,omitempty"`
	Estimate bool   `json:"estimate"`
}

// DealingCalls are the calls a wallet signs, with the dealing day an
// asynchronous request belongs to (after the cut-off: the next one) and
// the expected results at the latest NAV.
type DealingCalls struct {
	Asset    string           `json:"asset"`
	ChainID  string           `json:"chain_id"`
	Dealing  common.Address   `json:"dealing"`
	From     common.Address   `json:"from"` // the wallet that signs every call
	Action   string           `json:"action"`
	Day      *DealingDay      `json:"day,omitempty"`
	NAV      *DealingRound    `json:"nav,omitempty"`
	Expected []DealingOutcome `json:"expected"`
	Calls    []DealingCall    `json:"calls"`
}
