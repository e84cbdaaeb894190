package compliance

import "fmt"

// Restriction is an ERC-1404 transfer restriction code of Tessera's tokens
// (contracts/src/TransferRestrictions.sol).
type Restriction uint8

// The restriction codes of the contracts' table.
const (
	Success             Restriction = 0x00
	Paused              Restriction = 0x50
	SenderFrozen        Restriction = 0x51
	ReceiverFrozen      Restriction = 0x52
	SenderNotVerified   Restriction = 0x53
	ReceiverNotVerified Restriction = 0x54
	CountryNotAllowed   Restriction = 0x55
	ReceiverNotEligible Restriction = 0x56
	TokensFrozen        Restriction = 0x57
	TokensLocked        Restriction = 0x58
	MaxInvestorsReached Restriction = 0x59
	MaxBalanceExceeded  Restriction = 0x5A
	ValuationStale      Restriction = 0x5B
	DeedNotLocked       Restriction = 0x5C
	DeedLocked          Restriction = 0x5D
	ReserveExceeded     Restriction = 0x5E
	ReserveStale        Restriction = 0x5F
	LiquidateOnly       Restriction = 0xA0
	BelowMinHolding     Restriction = 0xA1
	PartialTransfer     Restriction = 0xA2
	Flowback            Restriction = 0xA3
	CountryCap          Restriction = 0xA4
	CategoryCap         Restriction = 0xA5
	CountryShare        Restriction = 0xA6
	TransferLimit       Restriction = 0xA7
)

var restrictionInfo = map[Restriction]struct{ name, message string }{
	Success:             {"SUCCESS", "no restriction"},
	Paused:              {"PAUSED", "transfers are paused"},
	SenderFrozen:        {"SENDER_FROZEN", "sender address is frozen"},
	ReceiverFrozen:      {"RECEIVER_FROZEN", "receiver address is frozen"},
	SenderNotVerified:   {"SENDER_NOT_VERIFIED", "sender is not a verified investor"},
	ReceiverNotVerified: {"RECEIVER_NOT_VERIFIED", "receiver is not a verified investor"},
	CountryNotAllowed:   {"COUNTRY_NOT_ALLOWED", "receiver's country is not allowed"},
	ReceiverNotEligible: {"RECEIVER_NOT_ELIGIBLE", "receiver lacks the required eligibility flags"},
	TokensFrozen:        {"TOKENS_FROZEN", "amount exceeds the sender's unfrozen balance"},
	TokensLocked:        {"TOKENS_LOCKED", "amount includes tokens still under lock-up"},
	MaxInvestorsReached: {"MAX_INVESTORS", "maximum number of investors reached"},
	MaxBalanceExceeded:  {"MAX_BALANCE", "receiver's investor would exceed the maximum balance"},
	ValuationStale:      {"VALUATION_STALE", "asset valuation is stale or paused"},
	DeedNotLocked:       {"DEED_NOT_LOCKED", "deed is not locked into the token"},
	DeedLocked:          {"DEED_LOCKED", "deed is locked into its fraction token"},
	ReserveExceeded:     {"RESERVE_EXCEEDED", "mint exceeds proof of reserve"},
	ReserveStale:        {"RESERVE_STALE", "proof of reserve is stale, paused or missing"},
	LiquidateOnly:       {"LIQUIDATE_ONLY", "receiver's investor may only sell or redeem"},
	BelowMinHolding:     {"BELOW_MIN_HOLDING", "an investor would hold less than the minimum holding"},
	PartialTransfer:     {"PARTIAL_TRANSFER", "only a transfer of the sender's whole balance is allowed"},
	Flowback:            {"FLOWBACK", "units may not move to a US person during the Reg S flowback window"},
	CountryCap:          {"COUNTRY_CAP", "maximum number of investors from the receiver's country reached"},
	CategoryCap:         {"CATEGORY_CAP", "maximum number of investors in one of the receiver's categories reached"},
	CountryShare:        {"COUNTRY_SHARE", "investors from the receiver's country would exceed their maximum share"},
	TransferLimit:       {"TRANSFER_LIMIT", "amount exceeds the sender's investor's transfer limit for a window"},
}

// Name is the code's name in the contracts' table, e.g. "COUNTRY_NOT_ALLOWED".
func (r Restriction) Name() string {
	if i, ok := restrictionInfo[r]; ok {
		return i.name
	}
	return fmt.Sprintf("UNKNOWN_0x%02X", uint8(r))
}

// Message is the code's message in the contracts' table; the pre-check
// reports the token's own messageForTransferRestriction.
func (r Restriction) Message() string {
	if i, ok := restrictionInfo[r]; ok {
		return i.message
	}
	return "unknown restriction"
}

// Hex is the code as 0xNN.
func (r Restriction) Hex() string { return fmt.Sprintf("0x%02X", uint8(r)) }
