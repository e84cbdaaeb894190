package chain

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The events the indexer stores, one type per table, and the state read
// from them.

// ForcedTransfer is an agent's ERC-7943 forced transfer; the balance change
// is also a Transfer.
type ForcedTransfer struct {
	EventRef
	Token   common.Address
	From    common.Address
	To      common.Address
	Amount  *big.Int // 1 for a deed
	TokenID *big.Int // the deed moved; nil for fungible tokens
}

// FrozenChange is an ERC-3643 partial freeze (positive Delta, TokensFrozen)
// or unfreeze (negative, TokensUnfrozen).
type FrozenChange struct {
	EventRef
	Token  common.Address
	Wallet common.Address
	Delta  *big.Int
}

// AddressFreeze is an ERC-3643 freeze or unfreeze of every transfer from and
// to a wallet.
type AddressFreeze struct {
	EventRef
	Token  common.Address
	Wallet common.Address
	Frozen bool
	Agent  common.Address
}

// Freeze is a wallet's freeze state on a token.
type Freeze struct {
	Wallet        common.Address
	Amount        *big.Int // frozen tokens
	AddressFrozen bool
}

// DocumentAnchor is an ERC-1643 document of a token as of its last update
// (or its removal, when Removed).
type DocumentAnchor struct {
	EventRef
	Token        common.Address
	Name         common.Hash
	URI          string
	DocumentHash common.Hash
	Removed      bool
}

// ValuationRound is one round of a valuation feed.
type ValuationRound struct {
	EventRef
	Feed      common.Address
	RoundID   *big.Int
	Answer    *big.Int
	StartedAt time.Time      // observation time; zero if the feed emitted no NewRound
	StartedBy common.Address // the transmitter
	UpdatedAt time.Time
}

// IdentityEventKind names an identity registry event.
type IdentityEventKind string

// The identity registry events.
const (
	IdentityRegistered     IdentityEventKind = "registered"
	IdentityRemoved        IdentityEventKind = "removed"
	IdentityCountryUpdated IdentityEventKind = "country"
	IdentityExpiryUpdated  IdentityEventKind = "expiry"
	IdentityFlagsUpdated   IdentityEventKind = "flags"
)

// IdentityEvent is one identity registry event; fields the event does not
// carry are zero (Flags nil).
type IdentityEvent struct {
	EventRef
	Registry   common.Address
	Wallet     common.Address
	Kind       IdentityEventKind
	InvestorID common.Hash
	Country    uint16
	Expiry     uint64
	Flags      *big.Int
}

// RegistryIdentity is a wallet's entry in an identity registry. A removed
// identity keeps its investor: the registry binds a wallet to one investor
// for good.
type RegistryIdentity struct {
	Wallet     common.Address
	InvestorID common.Hash
	Registered bool
	Country    uint16 // ISO-3166 numeric
	Expiry     uint64 // KYC expiry, unix seconds
	Flags      *big.Int
}

// InvestorBalance is an investor's holding of a token over all its wallets.
type InvestorBalance struct {
	InvestorID common.Hash
	Amount     *big.Int
	Wallets    int // wallets holding a non-zero balance
}

// PublishedDistribution is a published, funded payout to an asset's holders.
type PublishedDistribution struct {
	EventRef
	Distributor   common.Address
	ID            *big.Int
	Asset         common.Address
	PaymentToken  common.Address
	Issuer        common.Address
	Total         *big.Int
	MerkleRoot    common.Hash
	SnapshotBlock uint64
	ClaimDeadline time.Time
}

// Claim is a payment from a distribution to a holder or, when Reclaim, the
// unclaimed rest going back to the issuer.
type Claim struct {
	EventRef
	Distributor    common.Address
	DistributionID *big.Int
	Account        common.Address
	Amount         *big.Int
	Reclaim        bool
}

// DealingEventKind names a Dealing contract event.
type DealingEventKind string

// The Dealing contract's events, as the indexer stores them. The request
// events carry the request id; the instant facility's and the reserve's do
// not.
const (
	DealingDepositRequest     DealingEventKind = "deposit_request"      // ERC-7540 DepositRequest: Amount = assets
	DealingRedeemRequest      DealingEventKind = "redeem_request"       // ERC-7540 RedeemRequest: Amount = shares
	DealingWireRequest        DealingEventKind = "wire_request"         // the request is paid (or paid out) off chain: Ref
	DealingPaymentConfirmed   DealingEventKind = "payment_confirmed"    // a wire deposit's payment arrived: Ref
	DealingPayoutConfirmed    DealingEventKind = "payout_confirmed"     // a wire redemption was paid out, its units burned: Ref
	DealingDayPriced          DealingEventKind = "day_priced"           // Cutoff, RoundID, Amount = the NAV
	DealingDepositFulfilled   DealingEventKind = "deposit_fulfilled"    // Cutoff, RoundID, Amount = assets, Result = shares
	DealingRedeemFulfilled    DealingEventKind = "redeem_fulfilled"     // Cutoff, RoundID, Amount = shares, Result = assets
	DealingRequestRejected    DealingEventKind = "request_rejected"     // Code: the restriction code
	DealingCancelDeposit      DealingEventKind = "cancel_deposit"       // ERC-7887 CancelDepositRequest
	DealingCancelRedeem       DealingEventKind = "cancel_redeem"        // ERC-7887 CancelRedeemRequest
	DealingCancelDepositClaim DealingEventKind = "cancel_deposit_claim" // ERC-7887: Owner = receiver, Amount = assets
	DealingCancelRedeemClaim  DealingEventKind = "cancel_redeem_claim"  // ERC-7887: Owner = receiver, Amount = shares
	DealingDepositClaim       DealingEventKind = "deposit_claim"        // ERC-4626 Deposit: Controller, Owner = receiver, Amount = assets, Result = shares
	DealingRedeemClaim        DealingEventKind = "redeem_claim"         // ERC-4626 Withdraw: Controller = owner, Owner = receiver, Amount = shares, Result = assets
	DealingSubscribed         DealingEventKind = "subscribed"           // instant: Owner = investor, RoundID, Amount = assets, Fee, Result = units
	DealingRedeemedInstant    DealingEventKind = "redeemed_instant"     // instant: Owner = investor, RoundID, Amount = units, Fee, Result = assets
	DealingReserveFunded      DealingEventKind = "reserve_funded"       // Owner = from, Amount
	DealingReserveWithdrawn   DealingEventKind = "reserve_withdrawn"    // Owner = to, Amount
	DealingFeesWithdrawn      DealingEventKind = "fees_withdrawn"       // Owner = to, Amount
	DealingOperatorSet        DealingEventKind = "operator_set"         // ERC-7540: Controller, Owner = operator, Code = 1 approved / 0 revoked
	DealingCutoffPublished    DealingEventKind = "cutoff_published"     // a dealing day's cut-off published ahead: Cutoff
	DealingRequestCutoff      DealingEventKind = "request_cutoff"       // the cut-off a request was stamped with (its day): Cutoff
	DealingDayVoided          DealingEventKind = "day_voided"           // nothing deals at the day of Cutoff; its requests may be cancelled: Sender = who voided it
)

// DealingEvent is one event of a Dealing contract (one per asset that
// deals at NAV); fields the event does not carry are zero (nil amounts).
type DealingEvent struct {
	EventRef
	Dealing    common.Address
	Kind       DealingEventKind
	RequestID  *big.Int
	Controller common.Address
	Owner      common.Address
	Sender     common.Address
	Amount     *big.Int
	Result     *big.Int
	Fee        *big.Int
	RoundID    *big.Int
	Cutoff     time.Time
	Ref        common.Hash
	Code       uint8
}
