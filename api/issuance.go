package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// AssetRules are the transfer rules an asset is created with, in the form
// of the compliance rules API (SetRules) without its reason: compliance
// sets them on the token when tokenizing deploys it, and owns them from
// then on.
type AssetRules struct {
	CountryRestriction bool     `json:"country_restriction,omitempty"`
	AllowedCountries   []string `json:"allowed_countries,omitempty"` // ISO 3166-1 alpha-2
	MaxInvestors       *int64   `json:"max_investors,omitempty"`     // absent: no limit
	MaxBalance         *string  `json:"max_balance_base,omitempty"`  // base units; absent: no limit
	RequiredFlags      []string `json:"required_flags,omitempty"`
	LockupSeconds      uint64   `json:"lockup_seconds,omitempty"`
	LockupReason       *int64   `json:"lockup_reason,omitempty"`
	MinHolding         *string  `json:"min_holding_base,omitempty"` // base units; absent: none
	FlowbackUntil      *string  `json:"flowback_until,omitempty"`   // RFC 3339 or unix seconds; absent: none
	ForceFullTransfer  bool     `json:"force_full_transfer,omitempty"`
	ValuationFeed      *string  `json:"valuation_feed,omitempty" openapi:"address"`
	ValuationMaxAge    uint64   `json:"valuation_max_age,omitempty"`
}

// NewAsset creates an asset, in draft (POST /v1/assets).
type NewAsset struct {
	Kind         string            `json:"kind"` // real_estate, fund, bond…
	Name         string            `json:"name"`
	Symbol       string            `json:"symbol"`
	Jurisdiction string            `json:"jurisdiction"`
	Currency     string            `json:"currency"`
	TotalUnits   string            `json:"total_units"` // whole units, e.g. "1000000" or "12.5"
	Decimals     uint8             `json:"decimals"`
	Unique       bool              `json:"unique"`
	Attributes   map[string]string `json:"attributes,omitempty"`
	Rules        AssetRules        `json:"rules"`
	// DealingPaymentToken makes the asset deal at NAV in this ERC-20
	// stablecoin (treasury_fund, private_credit, commodity and other
	// only): tokenizing deploys its Dealing contract. Fixed at creation.
	DealingPaymentToken string `json:"dealing_payment_token,omitempty" openapi:"address"`
}

// Asset is a real-world asset and, once tokenized, its contracts.
type Asset struct {
	ID           string            `json:"id"`
	Kind         string            `json:"kind"`
	Name         string            `json:"name"`
	Symbol       string            `json:"symbol"`
	Jurisdiction string            `json:"jurisdiction"`
	Currency     string            `json:"currency"`
	TotalBase    string            `json:"total_base"`  // base units
	TotalUnits   string            `json:"total_units"` // the same in units ("12.5")
	Decimals     uint8             `json:"decimals"`
	Unique       bool              `json:"unique"`
	Attributes   map[string]string `json:"attributes"`
	Rules        AssetRules        `json:"rules"`
	State        string            `json:"state"` // draft, submitted, verified, active, redeemed, retired
	CreatedBy    string            `json:"created_by"`
	VerifiedBy   string            `json:"verified_by,omitempty"`
	VerifiedAt   *time.Time        `json:"verified_at,omitempty"`
	ChainID      string            `json:"chain_id,omitempty"`
	Token        *common.Address   `json:"token,omitempty"`
	Feed         *common.Address   `json:"feed,omitempty"`
	Deed         *common.Address   `json:"deed,omitempty"`
	// DealingPaymentToken is the stablecoin the asset deals in at NAV, and
	// Dealing its Dealing contract once tokenized.
	DealingPaymentToken *common.Address `json:"dealing_payment_token,omitempty"`
	Dealing             *common.Address `json:"dealing,omitempty"`
	CreatedAt           time.Time       `json:"created_at"`
	UpdatedAt           time.Time       `json:"updated_at"`
}

// AssetEvent is one step of an asset's lifecycle history.
type AssetEvent struct {
	ID    int64     `json:"id"`
	From  string    `json:"from,omitempty"`
	To    string    `json:"to"`
	Actor string    `json:"actor"`
	Note  string    `json:"note,omitempty"`
	At    time.Time `json:"at"`
}

// Transition moves an asset to another lifecycle state.
type Transition struct {
	To   string `json:"to"`
	Note string `json:"note,omitempty"`
}

// Tokenize deploys a verified asset's contracts, or registers an existing
// token (and optionally its valuation feed) when Token is set. For an
// asset that deals at NAV the feed is required, and Dealing registers the
// token's existing Dealing contract (without it, one is deployed).
type Tokenize struct {
	Token   *common.Address `json:"token,omitempty"`
	Feed    *common.Address `json:"feed,omitempty"`
	Dealing *common.Address `json:"dealing,omitempty"`
}

// DocumentUpload uploads a document of an asset.
type DocumentUpload struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	ContentType string `json:"content_type"`
	Content     string `json:"content"` // base64 (standard encoding)
}

// Document is an asset's document and its anchor on chain (ERC-1643).
type Document struct {
	AssetID     string            `json:"asset_id"`
	Name        string            `json:"name"`
	Kind        string            `json:"kind"`
	ContentType string            `json:"content_type"`
	Size        int               `json:"size"`
	SHA256      string            `json:"sha256"` // 0x-prefixed hex
	UploadedBy  string            `json:"uploaded_by"`
	UploadedAt  time.Time         `json:"uploaded_at"`
	AnchorKey   string            `json:"anchor_key,omitempty"`
	OnchainHash string            `json:"onchain_hash,omitempty"`
	Anchored    bool              `json:"anchored"`
	Proposal    *DocumentProposal `json:"proposal,omitempty"` // set when the upload waits for an approver
}

// DocumentProposal is a document uploaded after verification, waiting for
// (or past) an independent approver's decision.
type DocumentProposal struct {
	ID          int64      `json:"id"`
	AssetID     string     `json:"asset_id"`
	Name        string     `json:"name"`
	Kind        string     `json:"kind"`
	ContentType string     `json:"content_type"`
	Size        int        `json:"size"`
	SHA256      string     `json:"sha256"`
	ProposedBy  string     `json:"proposed_by"`
	ProposedAt  time.Time  `json:"proposed_at"`
	State       string     `json:"state"` // pending, approved, rejected
	DecidedBy   string     `json:"decided_by,omitempty"`
	DecidedAt   *time.Time `json:"decided_at,omitempty"`
	Note        string     `json:"note,omitempty"`
}

// DocumentDownload is a document's record and its bytes.
type DocumentDownload struct {
	Document Document `json:"document"`
	Content  string   `json:"content"` // base64 (standard encoding)
}

// NewRequest asks for a mint to (or a burn from) an investor's wallet.
type NewRequest struct {
	Wallet      string     `json:"wallet" openapi:"address"`
	AmountUnits string     `json:"amount_units"` // whole units, e.g. "250" or "12.5"
	LockedUntil *time.Time `json:"locked_until,omitempty"`
	Reason      string     `json:"reason,omitempty"`
}

// Request is a mint or burn request and, once approved, its chain state.
type Request struct {
	ID           string         `json:"id"`
	AssetID      string         `json:"asset_id"`
	Kind         string         `json:"kind"` // mint or burn
	Wallet       common.Address `json:"wallet"`
	Amount       string         `json:"amount_base"`  // base units
	Units        string         `json:"amount_units"` // whole units with decimals
	LockedUntil  *time.Time     `json:"locked_until,omitempty"`
	Reason       string         `json:"reason,omitempty"`
	BatchID      string         `json:"batch_id,omitempty"`
	State        string         `json:"state"` // pending, approved, rejected
	RequestedBy  string         `json:"requested_by"`
	DecidedBy    string         `json:"decided_by,omitempty"`
	DecidedAt    *time.Time     `json:"decided_at,omitempty"`
	DecisionNote string         `json:"decision_note,omitempty"`
	OnchainID    common.Hash    `json:"onchain_id"` // the request id the token records and refuses to see twice
	TxKey        string         `json:"tx_key,omitempty"`
	ChainState   string         `json:"chain_state,omitempty"` // the transaction manager's state once approved
	TxHash       string         `json:"tx_hash,omitempty"`
	Error        string         `json:"error,omitempty"`
	CreatedAt    time.Time      `json:"created_at"`
}

// BulkMint asks for mints from CSV rows wallet,amount.
type BulkMint struct {
	CSV    string `json:"csv"`
	Reason string `json:"reason,omitempty"`
}

// BulkRowError is what is wrong with one row of a bulk request.
type BulkRowError struct {
	Row     int    `json:"row"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// BulkResult is a bulk request: every row accepted (BatchID set) or none.
type BulkResult struct {
	BatchID  string         `json:"batch_id,omitempty"`
	Rows     int            `json:"rows"`
	Accepted int            `json:"accepted"`
	Errors   []BulkRowError `json:"errors"`
}

// BatchProgress counts a bulk request's requests by state (pending,
// rejected, and for approved ones their chain state).
type BatchProgress struct {
	BatchID string         `json:"batch_id"`
	Total   int            `json:"total"`
	States  map[string]int `json:"states"`
	Done    bool           `json:"done"`
}

// Holder is one investor (or unknown wallet) in a cap table.
type Holder struct {
	InvestorID common.Hash      `json:"investor_id"` // zero for wallets the registry does not know
	Amount     string           `json:"amount_base"` // base units
	Units      string           `json:"amount_units"`
	PPM        int64            `json:"share_ppm"` // parts per million of the indexed supply, rounded down
	Wallets    []common.Address `json:"wallets"`
	// What the wallets have in flight with the asset's Dealing contract,
	// in base units ("0" for an asset that does not deal at NAV): units
	// locked in them by redemption requests still to settle (pending, or
	// priced and waiting for a wire payout), payment of pending
	// subscription requests (escrowed, or promised by wire), and the units
	// and payment fulfilled requests give that are not claimed yet.
	PendingRedeemBase          string `json:"pending_redeem_base"`
	PendingSubscriptionPayment string `json:"pending_subscription_base"`
	ClaimableBase              string `json:"claimable_base"`
	ClaimablePayment           string `json:"claimable_payment_base"`
}

// CapTable is an asset's holders from the indexer beside its supply on
// chain and its recorded mints and burns.
type CapTable struct {
	AssetID        string         `json:"asset_id"`
	Token          common.Address `json:"token"`
	Decimals       uint8          `json:"decimals"`
	Holders        []Holder       `json:"holders"`
	IndexedSupply  string         `json:"indexed_supply_base"`
	OnchainSupply  string         `json:"onchain_supply_base"`
	RecordedMinted string         `json:"recorded_minted_base"`
	RecordedBurned string         `json:"recorded_burned_base"`
	// DealtMinted and DealtBurned: the units the asset's Dealing contract
	// minted (claims, instant subscriptions) and burned (redemptions).
	DealtMinted    string `json:"dealt_minted_base"`
	DealtBurned    string `json:"dealt_burned_base"`
	RecordedSupply string `json:"recorded_supply_base"` // issuance's mints − burns + dealing's
	IndexedBlock   uint64 `json:"indexed_block"`
	Reconciled     bool   `json:"reconciled"` // indexed = on chain = recorded
	// Investors: the token's investor counters beside the indexed holders
	// recounted.
	Investors InvestorCounts `json:"investors"`
}

// InvestorCounts is a token's investor counters (investorCount, per
// country, per category) beside the same counts recomputed from the
// indexed balances and the registry. Recounted counts each holder under
// the class the token keeps for it (the country and categories it
// entered under): the counters must equal it, or Drift says where not.
// Current counts them under their registry records now; it differs from
// the counters by the investors listed in Recount, whose registry class
// changed since they entered (anyone may call recount(wallet) to move
// them).
type InvestorCounts struct {
	Counting        bool              `json:"counting"`       // false: the token counts no country or category
	InvestorCount   int64             `json:"investor_count"` // investorCount() on chain
	Holders         int64             `json:"holders"`        // investors holding in the indexed balances
	MaxInvestors    int64             `json:"max_investors"`  // 0: no limit
	MaxCountryShare uint16            `json:"max_country_share_bps"`
	Countries       []CountryCount    `json:"countries"`
	Categories      []CategoryCount   `json:"categories"` // accredited, qualified_purchaser, professional, institutional, issuer_4–7, retail
	Recount         []RecountInvestor `json:"recount"`
	Drift           []string          `json:"drift"`
}

// CountryCount is one country's investors: counted on chain, recounted
// under the kept classes and under the registry now, its cap (0: none)
// and its share of all counted investors in basis points.
type CountryCount struct {
	Country   string `json:"country"` // ISO 3166-1 alpha-2
	Numeric   uint16 `json:"numeric"`
	Onchain   int64  `json:"onchain"`
	Recounted int64  `json:"recounted"`
	Current   int64  `json:"current"`
	Cap       int64  `json:"cap"`
	ShareBPS  int64  `json:"share_bps"`
}

// CategoryCount is one category's investors, as CountryCount.
type CategoryCount struct {
	Category  string `json:"category"`
	Onchain   int64  `json:"onchain"`
	Recounted int64  `json:"recounted"`
	Current   int64  `json:"current"`
	Cap       int64  `json:"cap"`
}

// RecountInvestor is a holder counted under another class than its
// registry record gives now.
type RecountInvestor struct {
	Anchor common.Address `json:"anchor"`
	// RecountWith is the wallet to name in recount(wallet): a registered
	// wallet of the investor (its anchor while registered).
	RecountWith   common.Address   `json:"recount_with"`
	Wallets       []common.Address `json:"wallets"`
	Country       string           `json:"country"`
	Categories    []string         `json:"categories"`
	NowCountry    string           `json:"now_country"`
	NowCategories []string         `json:"now_categories"`
}

// NewDistribution declares a pro-rata distribution in a payment token.
type NewDistribution struct {
	PaymentToken string `json:"payment_token" openapi:"address"`
	// TotalUnits is the total in the payment token's units, e.g.
	// "1000000" or "12.5" (its decimals() are read from the chain; more
	// fractional digits than it has are refused), Total (total_base) the same in base
	// units: give one.
	TotalUnits    string     `json:"total_units,omitempty"`
	Total         string     `json:"total_base,omitempty"`     // payment token base units
	SnapshotBlock *uint64    `json:"snapshot_block,omitempty"` // absent: see Snapshot
	Snapshot      string     `json:"snapshot,omitempty"`       // finalized (default) or latest
	ClaimDeadline *time.Time `json:"claim_deadline,omitempty"` // absent: 90 days from now
}

// Leaf is one holder's amount in a distribution's Merkle tree.
type Leaf struct {
	Account common.Address `json:"account"`
	Amount  string         `json:"amount_base"`
}

// Excluded is a holder left out of a distribution (frozen or unverified
// at the snapshot).
type Excluded struct {
	Account common.Address `json:"account"`
	Balance string         `json:"balance_base"` // asset base units at the snapshot
	Reason  string         `json:"reason"`       // frozen or unverified
}

// Distribution is a payout to an asset's holders.
type Distribution struct {
	ID            string         `json:"id"`
	AssetID       string         `json:"asset_id"`
	PaymentToken  common.Address `json:"payment_token"`
	Total         string         `json:"total_base"` // payment token base units
	SnapshotBlock uint64         `json:"snapshot_block"`
	ClaimDeadline time.Time      `json:"claim_deadline"`
	MerkleRoot    common.Hash    `json:"merkle_root"`
	Leaves        []Leaf         `json:"leaves"`
	RemainderTo   common.Address `json:"remainder_to"` // received the rounding remainder on top of its share
	Remainder     string         `json:"remainder_base"`
	Excluded      []Excluded     `json:"excluded"`
	CreatedBy     string         `json:"created_by"`
	State         string         `json:"state"` // pending, approved, rejected
	DecidedBy     string         `json:"decided_by,omitempty"`
	DecidedAt     *time.Time     `json:"decided_at,omitempty"`
	DecisionNote  string         `json:"decision_note,omitempty"`
	OnchainID     string         `json:"onchain_id,omitempty"` // the Distributor's id, once published
	Claimed       int            `json:"claimed"`              // leaves claimed on chain
	CreatedAt     time.Time      `json:"created_at"`
}

// TreasuryBalance is an asset's treasury on the Distributor in one
// payment token.
type TreasuryBalance struct {
	AssetID      string         `json:"asset_id"`
	Token        common.Address `json:"token"`
	PaymentToken common.Address `json:"payment_token"`
	Distributor  common.Address `json:"distributor"`
	Balance      string         `json:"balance_base"`  // base units
	Reserved     string         `json:"reserved_base"` // by approved distributions not yet published
	Available    string         `json:"available_base"`
	// Decimals are the payment token's (absent when its decimals() cannot
	// be read), and the _units fields the amounts above in its units.
	Decimals       *uint8 `json:"decimals,omitempty"`
	BalanceUnits   string `json:"balance_units,omitempty"`
	ReservedUnits  string `json:"reserved_units,omitempty"`
	AvailableUnits string `json:"available_units,omitempty"`
}

// Proof is a holder's amount in a distribution and its Merkle proof.
type Proof struct {
	DistributionID string         `json:"distribution_id"`
	OnchainID      string         `json:"onchain_id"`
	Distributor    common.Address `json:"distributor"`
	Account        common.Address `json:"account"`
	Amount         string         `json:"amount_base"`
	Proof          []common.Hash  `json:"proof"`
	MerkleRoot     common.Hash    `json:"merkle_root"`
	Claimed        bool           `json:"claimed"`
}

// Valuation is the latest round of an asset's valuation feed.
type Valuation struct {
	Feed      common.Address `json:"feed"`
	RoundID   string         `json:"round_id"`
	Answer    string         `json:"answer"` // per unit, 8 decimals
	Decimals  uint8          `json:"decimals"`
	UpdatedAt time.Time      `json:"updated_at"`
}

// Payout is a holder's part of a distribution.
type Payout struct {
	DistributionID string         `json:"distribution_id"`
	PaymentToken   common.Address `json:"payment_token"`
	Amount         string         `json:"amount_base"`
	Claimed        bool           `json:"claimed"`
}

// Holding is one asset a wallet (or an investor) holds.
type Holding struct {
	AssetID   string           `json:"asset_id"`
	Name      string           `json:"name"`
	Symbol    string           `json:"symbol"`
	Token     common.Address   `json:"token"`
	Wallets   []common.Address `json:"wallets"`     // the wallets holding it
	Amount    string           `json:"amount_base"` // base units
	Units     string           `json:"amount_units"`
	PPM       int64            `json:"share_ppm"`
	Valuation *Valuation       `json:"valuation,omitempty"`
	Value     string           `json:"value,omitempty"` // units × the latest valuation, 8 decimals, rounded down
	Currency  string           `json:"currency"`
	Payouts   []Payout         `json:"payouts"`
	// What the wallets have in flight with the asset's Dealing contract,
	// in base units ("0" for an asset that does not deal at NAV): units
	// locked in them by redemption requests still to settle (pending, or
	// priced and waiting for a wire payout), payment of pending
	// subscription requests (escrowed, or promised by wire), and the units
	// and payment fulfilled requests give that are not claimed yet.
	PendingRedeemBase          string `json:"pending_redeem_base"`
	PendingSubscriptionPayment string `json:"pending_subscription_base"`
	ClaimableBase              string `json:"claimable_base"`
	ClaimablePayment           string `json:"claimable_payment_base"`
	// With ?locks=true: the wallets' running locks on the asset (reason,
	// what each locks now, its schedule) and what they lock now in base
	// units and in the asset's units; whether the investor may only sell
	// and redeem.
	// LocksUnavailable says the token could not be read: locks and
	// liquidate-only are then unknown. Without it these are left out.
	Locks            []Lock `json:"locks,omitempty"`
	Locked           string `json:"locked_base,omitempty"`
	LockedUnits      string `json:"locked_units,omitempty"`
	LiquidateOnly    bool   `json:"liquidate_only,omitempty"`
	LocksUnavailable bool   `json:"locks_unavailable,omitempty"`
}

// Transfer is one transfer of a wallet's history.
type Transfer struct {
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"log_index"`
	TxHash   common.Hash    `json:"tx_hash"`
	Time     time.Time      `json:"time"`
	Token    common.Address `json:"token"`
	From     common.Address `json:"from"`
	To       common.Address `json:"to"`
	Value    string         `json:"value_base"` // base units
}
