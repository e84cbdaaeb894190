package api

import (
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// NewInvestor onboards an investor (KYC pending). Flags are categories
// held without expiry; Categories may give each an expiry and a proof.
// A category of Categories is named once, there and not in Flags.
type NewInvestor struct {
	LegalName  string             `json:"legal_name"`
	Type       string             `json:"type"`    // person or entity
	Country    string             `json:"country"` // ISO 3166-1 alpha-2
	Flags      []string           `json:"flags,omitempty"`
	Categories []InvestorCategory `json:"categories,omitempty"`
}

// InvestorUpdate changes an investor; absent fields stay. With
// categories, flags and categories together are the investor's
// categories from now on; with flags alone, a category held until a date
// that flags still names keeps its expiry and proof.
type InvestorUpdate struct {
	LegalName  *string             `json:"legal_name,omitempty"`
	Country    *string             `json:"country,omitempty"`
	Flags      *[]string           `json:"flags,omitempty"`
	Categories *[]InvestorCategory `json:"categories,omitempty"`
}

// InvestorCategory is an investor category (eligibility flag) an
// investor holds: until expires_at, proven by proof, or without expiry
// when expires_at is absent. The identity registry holds the same terms
// (setCategory), and the category lapses once expires_at passes.
type InvestorCategory struct {
	Category  string     `json:"category" enum:"accredited,qualified_purchaser,professional,institutional,issuer_4,issuer_5,issuer_6,issuer_7"`
	ExpiresAt *time.Time `json:"expires_at,omitempty" doc:"when the category lapses, in the future; absent: held without expiry"`
	Proof     string     `json:"proof,omitempty" doc:"the hash of the evidence (an accreditation letter, a KYC attestation): 0x and 64 hex digits; needs expires_at"`
}

// KYCDecision records a KYC outcome: approval (expiry in the future)
// registers the wallets, rejection unregisters them.
type KYCDecision struct {
	Status    string     `json:"status"` // approved, rejected or pending
	Provider  string     `json:"provider,omitempty"`
	Reference string     `json:"reference,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// NewChallenge asks for a message a wallet signs to prove control.
type NewChallenge struct {
	Address string `json:"address" openapi:"address"`
}

// Challenge is a single-use message for a wallet to sign (EIP-191
// personal_sign, or EIP-712).
type Challenge struct {
	ID        int64          `json:"id"`
	Address   common.Address `json:"address"`
	Message   string         `json:"message"`
	ExpiresAt time.Time      `json:"expires_at"`
}

// WalletProof links a wallet that signed its challenge.
type WalletProof struct {
	ChallengeID int64  `json:"challenge_id"`
	Signature   string `json:"signature"`        // 0x-prefixed, 65 bytes
	Scheme      string `json:"scheme,omitempty"` // eip191 (personal_sign, default) or eip712 (eth_signTypedData_v4)
}

// TxState is the state of one chain write of the transaction manager.
type TxState struct {
	Key    string         `json:"key"`
	To     common.Address `json:"to,omitzero"`
	Action string         `json:"action,omitempty"`
	State  string         `json:"state"`
	TxHash common.Hash    `json:"tx_hash,omitzero"`
	Block  uint64         `json:"block,omitempty"`
	Error  string         `json:"error,omitempty"`
}

// KYC is an investor's KYC record.
type KYC struct {
	Status    string     `json:"status"`
	Provider  string     `json:"provider"`
	Reference string     `json:"reference"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// Identity is a wallet's identity-registry entry.
type Identity struct {
	Registered bool        `json:"registered"`
	InvestorID common.Hash `json:"investor_id,omitzero"`
	Country    string      `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Expiry     *time.Time  `json:"expiry,omitempty"`  // of the KYC
	Flags      []string    `json:"flags"`
	// Categories are the registry's terms of the categories held until a
	// date (categoryOf).
	Categories []IdentityCategory `json:"categories,omitempty"`
	Verified   *bool              `json:"verified,omitempty"` // on-chain identities only
}

// IdentityCategory is one category's terms in the identity registry.
type IdentityCategory struct {
	Category string      `json:"category"`
	Expiry   time.Time   `json:"expiry"`
	Proof    common.Hash `json:"proof,omitzero"`
}

// InvestorWallet is one of an investor's wallets, as recorded and as on
// chain.
type InvestorWallet struct {
	Address   common.Address `json:"address"`
	Status    string         `json:"status"`
	CreatedAt time.Time      `json:"created_at"`
	Want      *Identity      `json:"want,omitempty"`     // what the records imply (one investor's view)
	OnChain   *Identity      `json:"on_chain,omitempty"` // what the registry holds (one investor's view)
	InSync    bool           `json:"in_sync"`
}

// Investor is an investor with its wallets.
type Investor struct {
	ID              string      `json:"id"`
	ChainInvestorID common.Hash `json:"chain_investor_id"`
	LegalName       string      `json:"legal_name"`
	Type            string      `json:"type"`
	Country         string      `json:"country"`
	Flags           []string    `json:"flags"`
	// Categories are the categories of Flags, each with its expiry and
	// proof when held until a date.
	Categories []InvestorCategory `json:"categories"`
	KYC        KYC                `json:"kyc"`
	Version    int                `json:"version"`
	Wallets    []InvestorWallet   `json:"wallets"`
	Txs        []TxState          `json:"txs,omitempty"`
	CreatedAt  time.Time          `json:"created_at"`
	UpdatedAt  time.Time          `json:"updated_at"`
}

// SetRules is the full set of rules an asset should have.
type SetRules struct {
	CountryRestriction bool          `json:"country_restriction"`
	AllowedCountries   []string      `json:"allowed_countries,omitempty"`
	MaxInvestors       *int64        `json:"max_investors,omitempty"`     // absent: no limit
	MaxBalance         *string       `json:"max_balance_base,omitempty"`  // base units; absent: no limit
	MaxBalanceUnits    *string       `json:"max_balance_units,omitempty"` // the same in the token's units ("12.5"): give one
	RequiredFlags      []string      `json:"required_flags,omitempty"`
	LockupSeconds      uint64        `json:"lockup_seconds,omitempty"` // the initial lock-up of every mint
	LockupReason       *int64        `json:"lockup_reason,omitempty"`  // lock reason code; absent: 1 (issuance lock-up)
	ValuationFeed      *string       `json:"valuation_feed,omitempty" openapi:"address"`
	ValuationMaxAge    uint64        `json:"valuation_max_age,omitempty"`
	MinHolding         *string       `json:"min_holding_base,omitempty"`  // base units per investor; absent: none
	MinHoldingUnits    *string       `json:"min_holding_units,omitempty"` // the same in the token's units: give one
	FlowbackUntil      *string       `json:"flowback_until,omitempty"`    // end of the Reg S flowback window: RFC 3339 or unix seconds; absent: none
	ForceFullTransfer  bool          `json:"force_full_transfer,omitempty"`
	ReserveGuard       *ReserveGuard `json:"reserve_guard,omitempty"` // absent: off
	Reason             string        `json:"reason"`
	// BasedOnVersion is the version in force this set was made from (0:
	// none yet); absent: set whatever is in force. Another version in
	// force refuses it with 409 rules_changed.
	BasedOnVersion *int64 `json:"based_on_version,omitempty"`
}

// ReserveGuard is the proof-of-reserve guard on mints (Chainlink's Secure
// Mint): a mint is refused with 0x5E (RESERVE_EXCEEDED) when the supply
// after it would exceed the feed's latest reserve, scaled from the feed's
// decimals to the token's (rounded down) and lowered by the margin; every
// mint is refused with 0x5F (RESERVE_STALE) while the feed's latest round
// is older than max_age seconds, missing or not positive, or the feed is
// paused or fails.
type ReserveGuard struct {
	Feed   string `json:"feed" openapi:"address" doc:"any Chainlink AggregatorV3Interface contract reporting the reserve (a Proof of Reserve feed, or a feed the oracle relay writes)"`
	MaxAge uint64 `json:"max_age" doc:"the maximum age of the feed's latest round, in seconds (positive)"`
	// MarginMode is none (the supply may reach the reserve), bps or absolute.
	MarginMode string `json:"margin_mode,omitempty" enum:"none,bps,absolute" doc:"none (the default): the supply may reach the reserve; bps: the limit is the reserve less margin basis points of it, rounded down; absolute: the reserve must exceed the supply by margin base units"`
	Margin     string `json:"margin,omitempty" doc:"a decimal string: 1 to 10000 basis points (bps), or 1 to 2^96-1 base units (absolute); absent with none"`
	// MarginUnits is an absolute margin in the token's units ("12.5"), in
	// place of Margin; answers give it beside Margin when the token's
	// decimals could be read.
	MarginUnits string `json:"margin_units,omitempty" doc:"absolute only: the margin in the token's units (such as 12.5), instead of margin"`
}

// Rules are an asset's transfer rules, one version.
type Rules struct {
	Asset              common.Address  `json:"asset"`
	Version            int             `json:"version"`
	CountryRestriction bool            `json:"country_restriction"`
	AllowedCountries   []string        `json:"allowed_countries"`
	MaxInvestors       *uint32         `json:"max_investors,omitempty"`
	MaxBalance         string          `json:"max_balance_base,omitempty"`
	MaxBalanceUnits    string          `json:"max_balance_units,omitempty"` // the same in the token's units, when its decimals could be read
	RequiredFlags      []string        `json:"required_flags"`
	LockupSeconds      uint64          `json:"lockup_seconds"`
	LockupReason       uint8           `json:"lockup_reason"`
	LockupReasonName   string          `json:"lockup_reason_name,omitempty"`
	ValuationFeed      *common.Address `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64          `json:"valuation_max_age,omitempty"`
	ReserveGuard       *ReserveGuard   `json:"reserve_guard,omitempty"`
	MinHolding         string          `json:"min_holding_base,omitempty"`  // base units
	MinHoldingUnits    string          `json:"min_holding_units,omitempty"` // the same in the token's units, when its decimals could be read
	FlowbackUntil      *time.Time      `json:"flowback_until,omitempty"`
	ForceFullTransfer  bool            `json:"force_full_transfer"`
	Reason             string          `json:"reason"`
	Actor              string          `json:"actor"`
	CreatedAt          time.Time       `json:"created_at"`
}

// RulesResult is a rules version and the chain writes that applied it.
type RulesResult struct {
	Rules Rules     `json:"rules"`
	Txs   []TxState `json:"txs"`
}

// CheckTransfer is a transfer to pre-check; an absent From previews a
// mint.
type CheckTransfer struct {
	Asset  string `json:"asset" openapi:"address"`
	From   string `json:"from,omitempty" openapi:"address"`
	To     string `json:"to" openapi:"address"`
	Amount string `json:"amount_base,omitempty"` // base units
	// AmountUnits is the amount in the token's units ("12.5"; its
	// decimals() read from the chain): give it or amount_base.
	AmountUnits string `json:"amount_units,omitempty"`
}

// CheckResult is the token's own answer, explained.
type CheckResult struct {
	Allowed  bool     `json:"allowed"`
	Code     string   `json:"code"` // ERC-1066-style, 0xNN
	CodeName string   `json:"code_name"`
	Message  string   `json:"message"`
	Rule     string   `json:"rule,omitempty"`
	Block    uint64   `json:"block"`
	Context  []string `json:"context"`
}

// NewIntervention requests a freeze, partial freeze, forced transfer,
// recovery, lock, unlock or liquidate-only.
type NewIntervention struct {
	Kind   string  `json:"kind"`
	Asset  string  `json:"asset" openapi:"address"`
	Wallet string  `json:"wallet" openapi:"address"`
	To     *string `json:"to,omitempty" openapi:"address"`
	Amount *string `json:"amount_base,omitempty"` // base units
	// AmountUnits is the amount in the token's units: give it or amount_base.
	AmountUnits *string `json:"amount_units,omitempty"`
	// A lock's schedule (kind lock): End is required; Start and Cliff
	// default to End (a plain lock), Cliff to Start. Times are RFC 3339 or
	// unix seconds.
	Start      *string `json:"start,omitempty"`
	Cliff      *string `json:"cliff,omitempty"`
	End        *string `json:"end,omitempty"`
	LockReason *int64  `json:"lock_reason,omitempty"` // 0 unspecified, 1 issuance lock-up, 2 vesting, 3 court order, 128–255 the issuer's
	// LockIndex is, for kind unlock, the lock's index in the wallet's
	// locks as read now (GET /compliance/assets/{asset}/locks/{wallet}):
	// the request is bound to that lock's content.
	LockIndex *int   `json:"lock_index,omitempty"`
	Reason    string `json:"reason"`
}

// LockTerms are a lock's schedule and reason: all of its amount locked
// until Cliff, then released linearly from Start to End.
type LockTerms struct {
	Start      time.Time `json:"start"`
	Cliff      time.Time `json:"cliff"`
	End        time.Time `json:"end"`
	Reason     uint8     `json:"reason"`
	ReasonName string    `json:"reason_name"`
}

// Lock is one running lock of a wallet: what it locks now and when it
// releases.
type Lock struct {
	Wallet      common.Address `json:"wallet"`
	Index       int            `json:"index"`                  // its place in the wallet's locks; shifts as earlier locks end
	Amount      string         `json:"amount_base"`            // base units under the lock
	AmountUnits string         `json:"amount_units,omitempty"` // the same in the token's units, when its decimals could be read
	Locked      string         `json:"locked_base"`            // base units it locks now
	LockedUnits string         `json:"locked_units,omitempty"`
	// All of Amount is locked until Cliff, then released linearly from
	// Start to End (Vesting), or all at End (a plain lock).
	Start      time.Time `json:"start"`
	Cliff      time.Time `json:"cliff"`
	End        time.Time `json:"end"` // released in full
	Reason     uint8     `json:"reason"`
	ReasonName string    `json:"reason_name"`
	Vesting    bool      `json:"vesting"`
}

// WalletLocks are a wallet's running locks on one asset and its
// investor's liquidate-only state, at one block.
type WalletLocks struct {
	Asset         common.Address `json:"asset"`
	Wallet        common.Address `json:"wallet"`
	Locks         []Lock         `json:"locks"`
	Locked        string         `json:"locked_base"`            // base units locked now
	LockedUnits   string         `json:"locked_units,omitempty"` // the same in the token's units, when its decimals could be read
	LiquidateOnly bool           `json:"liquidate_only"`
	Block         uint64         `json:"block"`
	Time          time.Time      `json:"time"`
}

// Intervention is a four-eyes compliance action and its transaction.
type Intervention struct {
	ID           int64           `json:"id"`
	Kind         string          `json:"kind"`
	Asset        common.Address  `json:"asset"`
	Wallet       common.Address  `json:"wallet"`
	To           *common.Address `json:"to,omitempty"`
	Amount       string          `json:"amount_base,omitempty"`
	Lock         *LockTerms      `json:"lock,omitempty"`       // the lock added, or the one lifted
	LockIndex    *int            `json:"lock_index,omitempty"` // an approved unlock's index, resolved at approval
	Reason       string          `json:"reason"`
	State        string          `json:"state"`
	RequestedBy  string          `json:"requested_by"`
	DecidedBy    string          `json:"decided_by,omitempty"`
	DecisionNote string          `json:"decision_note,omitempty"`
	CreatedAt    time.Time       `json:"created_at"`
	DecidedAt    *time.Time      `json:"decided_at,omitempty"`
	Tx           *TxState        `json:"tx,omitempty"`
}

// Repair is one drift a reconciliation found and the write that fixed it.
type Repair struct {
	InvestorID string         `json:"investor_id"`
	Wallet     common.Address `json:"wallet"`
	Action     string         `json:"action"`
	Before     Identity       `json:"before"`
	After      Identity       `json:"after"`
	TxKey      string         `json:"tx_key"`
	TxState    string         `json:"tx_state"`
	TxHash     common.Hash    `json:"tx_hash,omitzero"`
	Error      string         `json:"error,omitempty"`
}

// ReconcileReport is what a reconciliation checked and repaired.
type ReconcileReport struct {
	Run       int64     `json:"run"`
	At        time.Time `json:"at"`
	Investors int       `json:"investors"`
	Wallets   int       `json:"wallets"`
	Repairs   []Repair  `json:"repairs"`
}

// SweepResult lists the investors whose KYC a sweep expired, the
// categories that lapsed, and the registry writes that cleared them.
type SweepResult struct {
	Expired []string         `json:"expired"` // investor ids
	Lapsed  []LapsedCategory `json:"lapsed"`
	Txs     []TxState        `json:"txs,omitempty"`
}

// LapsedCategory is a category an investor held until an expiry that passed.
type LapsedCategory struct {
	InvestorID string    `json:"investor_id"`
	Category   string    `json:"category"`
	ExpiredAt  time.Time `json:"expired_at"`
	Proof      string    `json:"proof,omitempty"`
}

// LogEntry is one entry of the tamper-evident compliance log.
type LogEntry struct {
	Seq      int64           `json:"seq"`
	At       time.Time       `json:"at"`
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Data     json.RawMessage `json:"data"`
	PrevHash common.Hash     `json:"prev_hash"`
	Hash     common.Hash     `json:"hash"`
}

// LogVerification is what a walk of the compliance log's hash chain
// found.
type LogVerification struct {
	Entries  int64       `json:"entries"`             // entries checked
	OK       bool        `json:"ok"`                  // the whole chain holds
	FirstBad int64       `json:"first_bad,omitempty"` // seq of the first entry that breaks it
	Problem  string      `json:"problem,omitempty"`
	Head     common.Hash `json:"head,omitzero"` // hash of the last good entry
}
