package issuance

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// Kind is what an asset is.
type Kind string

// The kinds of asset.
const (
	RealEstate    Kind = "real_estate"
	TreasuryFund  Kind = "treasury_fund"
	Commodity     Kind = "commodity"
	PrivateCredit Kind = "private_credit"
	Art           Kind = "art"
	OtherKind     Kind = "other"
)

var kinds = map[Kind]bool{RealEstate: true, TreasuryFund: true, Commodity: true, PrivateCredit: true, Art: true, OtherKind: true}

// dealingKinds are the kinds that may deal at NAV: a pool of fungible
// holdings whose units can be issued and redeemed at the value of the
// pool. A building or a work of art is one indivisible thing: redeeming
// its units at NAV would need a buyer for part of it (and a building's
// deed is released only once every unit is redeemed), so its units change
// hands between investors, not with the issuer.
var dealingKinds = map[Kind]bool{TreasuryFund: true, PrivateCredit: true, Commodity: true, OtherKind: true}

// State is where an asset stands in its lifecycle.
type State string

// The lifecycle: draft → submitted → verified → tokenized → active →
// redeemed or retired. A submitted asset may go back to draft.
const (
	Draft     State = "draft"
	Submitted State = "submitted"
	Verified  State = "verified"
	Tokenized State = "tokenized"
	Active    State = "active"
	Redeemed  State = "redeemed"
	Retired   State = "retired"
)

// transitions lists the states each state may move to through Transition;
// verified → tokenized happens only through Tokenize.
var transitions = map[State][]State{
	Draft:     {Submitted, Retired},
	Submitted: {Verified, Draft, Retired},
	Verified:  {Retired},
	Tokenized: {Active, Retired},
	Active:    {Redeemed, Retired},
}

// Asset is a real-world asset Tessera tokenizes.
type Asset struct {
	ID           string            `json:"id"`
	Kind         Kind              `json:"kind"`
	Name         string            `json:"name"`
	Symbol       string            `json:"symbol"`
	Jurisdiction string            `json:"jurisdiction"`
	Currency     string            `json:"currency"`
	TotalBase    string            `json:"total_base"` // base units
	Decimals     uint8             `json:"decimals"`
	Unique       bool              `json:"unique"`
	Attributes   map[string]string `json:"attributes"`
	// Rules are the transfer rules chosen at onboarding: verified with the
	// asset, and set through compliance (which owns them from then on)
	// when tokenizing deploys its token.
	Rules      compliance.RulesUpdate `json:"rules"`
	State      State                  `json:"state"`
	CreatedBy  string                 `json:"created_by"`
	VerifiedBy string                 `json:"verified_by,omitempty"`
	VerifiedAt *time.Time             `json:"verified_at,omitempty"`
	ChainID    string                 `json:"chain_id,omitempty"`
	Token      *common.Address        `json:"token,omitempty"`
	Feed       *common.Address        `json:"feed,omitempty"`
	Deed       *common.Address        `json:"deed,omitempty"`
	// DealingPaymentToken is the ERC-20 stablecoin investors subscribe
	// and are paid redemptions in, when the asset deals at NAV: chosen at
	// creation and verified with the asset, never changed afterwards.
	DealingPaymentToken *common.Address `json:"dealing_payment_token,omitempty"`
	// DealingPaymentDecimals is the payment token's decimals(), read when
	// tokenizing deploys (or registers) the Dealing contract.
	DealingPaymentDecimals *uint8 `json:"dealing_payment_decimals,omitempty"`
	// Dealing is the asset's Dealing contract once tokenized.
	Dealing   *common.Address `json:"dealing,omitempty"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
}

// Event is one entry of an asset's append-only history.
type Event struct {
	ID    int64     `json:"id"`
	From  State     `json:"from,omitempty"`
	To    State     `json:"to"`
	Actor string    `json:"actor"`
	Note  string    `json:"note,omitempty"`
	At    time.Time `json:"at"`
}

// NewAsset is what an issuer sends to create an asset.
type NewAsset struct {
	Kind         Kind              `json:"kind"`
	Name         string            `json:"name"`
	Symbol       string            `json:"symbol"`
	Jurisdiction string            `json:"jurisdiction"`
	Currency     string            `json:"currency"`
	TotalUnits   string            `json:"total_units"` // whole units, e.g. "1000000" or "12.5"
	Decimals     uint8             `json:"decimals"`
	Unique       bool              `json:"unique"`
	Attributes   map[string]string `json:"attributes,omitempty"`
	// Rules are the transfer rules the token starts with, in the
	// compliance API's form; checked by compliance now, set at tokenizing.
	Rules compliance.RulesUpdate `json:"rules"`
	// DealingPaymentToken, when set, makes the asset deal at NAV in that
	// ERC-20 stablecoin: tokenizing gives it a Dealing contract. Only
	// fractional kinds that can deal at NAV take it (dealingKinds).
	DealingPaymentToken string `json:"dealing_payment_token,omitempty"`
}

var (
	symbolRe       = regexp.MustCompile(`^[A-Z0-9]{1,11}$`)
	currencyRe     = regexp.MustCompile(`^[A-Z]{3}$`)
	jurisdictionRe = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)
)

func invalid(code, msg string) error { return errs.E(errs.Invalid, code, msg) }

// validate checks n and returns the asset it describes, in draft.
func (n NewAsset) validate() (Asset, error) {
	switch {
	case !kinds[n.Kind]:
		return Asset{}, invalid("invalid_kind", "kind must be one of real_estate, treasury_fund, commodity, private_credit, art, other")
	case strings.TrimSpace(n.Name) == "":
		return Asset{}, invalid("invalid_name", "name must not be empty")
	case !symbolRe.MatchString(n.Symbol):
		return Asset{}, invalid("invalid_symbol", "symbol must be 1 to 11 upper-case letters or digits")
	case !jurisdictionRe.MatchString(n.Jurisdiction):
		return Asset{}, invalid("invalid_jurisdiction", "jurisdiction must be an ISO 3166 code such as DE or US-NY")
	case !currencyRe.MatchString(n.Currency):
		return Asset{}, invalid("invalid_currency", "currency must be an ISO 4217 code such as USD")
	case n.Decimals > 18:
		return Asset{}, invalid("invalid_decimals", "decimals must be from 0 to 18")
	case n.Unique && n.Decimals != 0:
		return Asset{}, invalid("decimals_mismatch", "a unique asset is held in whole units: decimals must be 0")
	case len(n.Attributes) > 50:
		return Asset{}, invalid("invalid_attributes", "at most 50 attributes")
	}
	for k, v := range n.Attributes {
		if k == "" || len(k) > 64 || len(v) > 1000 {
			return Asset{}, invalid("invalid_attributes", "attribute names have 1 to 64 characters, values at most 1000")
		}
	}
	total, err := parseUnits(n.TotalUnits, n.Decimals, "total_units", "the asset's")
	if err != nil {
		return Asset{}, err
	}
	if err := n.Rules.Check(n.Decimals); err != nil {
		return Asset{}, err
	}
	// The onboarding rules restrict who may hold the asset; a valuation
	// guard names a feed the token trusts, which only compliance sets, on
	// a token that exists (an issuer could otherwise point the guard at a
	// contract of its own, and tokenizing would set it in the platform's
	// name).
	if n.Rules.ValuationFeed != nil || n.Rules.ValuationMaxAge != 0 {
		return Asset{}, invalid("invalid_valuation_guard",
			"a valuation guard is not an onboarding rule: compliance sets it on the token once it exists (PUT /v1/compliance/assets/{token}/rules)")
	}
	if n.Rules.ReserveGuard != nil { // the same holds for the feed that caps the supply
		return Asset{}, invalid("invalid_reserve_guard",
			"a reserve guard is not an onboarding rule: compliance sets it on the token once it exists (PUT /v1/compliance/assets/{token}/rules)")
	}
	n.Rules.Reason = "" // tokenizing gives the reason they are set
	pay, err := n.dealingPaymentToken()
	if err != nil {
		return Asset{}, err
	}
	attrs := n.Attributes
	if attrs == nil {
		attrs = map[string]string{}
	}
	a := Asset{
		ID: NewID(), Kind: n.Kind, Name: strings.TrimSpace(n.Name), Symbol: n.Symbol, Jurisdiction: n.Jurisdiction,
		Currency: n.Currency, TotalBase: total.String(), Decimals: n.Decimals, Unique: n.Unique,
		Attributes: attrs, Rules: n.Rules, DealingPaymentToken: pay, State: Draft,
	}
	if err := a.fitsChain(); err != nil {
		return Asset{}, err
	}
	return a, nil
}

// dealingPaymentToken checks the payment token an asset deals in, if any:
// an address, not zero, on a kind that deals at NAV. Whether an ERC-20
// answers there is read when tokenizing, on the chain it deploys to.
func (n NewAsset) dealingPaymentToken() (*common.Address, error) {
	if n.DealingPaymentToken == "" {
		return nil, nil
	}
	switch {
	case !address.Valid(n.DealingPaymentToken):
		return nil, invalid("invalid_payment_token", "dealing_payment_token must be 0x and 40 hex digits, all lower case, all upper case or with a valid EIP-55 checksum")
	case common.HexToAddress(n.DealingPaymentToken) == (common.Address{}):
		return nil, invalid("invalid_payment_token", "dealing_payment_token must be the stablecoin's address, not the zero address")
	case n.Unique:
		return nil, invalid("invalid_dealing", "a unique asset cannot deal at NAV: it is one indivisible thing, held in whole units")
	case !dealingKinds[n.Kind]:
		return nil, invalid("invalid_dealing", fmt.Sprintf("a %s asset cannot deal at NAV (treasury_fund, private_credit, commodity and other can): its units change hands between investors, never with the issuer at NAV", n.Kind))
	}
	pay := common.HexToAddress(n.DealingPaymentToken)
	return &pay, nil
}

// MaxNameBytes is the longest asset name, in UTF-8 bytes, a token takes:
// AssetToken passes its name to OpenZeppelin's EIP712 (for ERC-2612
// permits), which keeps it as a ShortString and reverts with
// StringTooLong beyond 31 bytes.
const MaxNameBytes = 31

// fitsChain refuses what the contracts tokenization deploys would refuse,
// so an asset that cannot be tokenized is refused when it is created. The
// contracts' other limits are checked where the values are read: decimals
// (uint8, at most 18 here) and total units (the supply cap, 1 to 2^96 − 1)
// by validate, the rules by compliance, document names (bytes32) and URIs
// by the document upload; a symbol (ERC-20, ERC-721 and the feed's
// description) and the feed's bounds have no limit the symbol, currency
// and fixed bounds could reach.
func (a Asset) fitsChain() error {
	if len(a.Name) > MaxNameBytes {
		return invalid("invalid_name", fmt.Sprintf("name is %d bytes; a token's name holds at most %d (UTF-8 bytes): the token keeps it on chain as its EIP-712 domain name",
			len(a.Name), MaxNameBytes))
	}
	return nil
}

// MaxTokenAmount is the most an AssetToken balance or supply can hold
// (its storage packs balances in 96 bits).
var MaxTokenAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseUnits reads a decimal amount of whole units ("12.5") as base units
// of a token with decimals: more fractional digits than decimals is
// decimals_mismatch; zero, negative or beyond uint256 (or the token's
// 2^96 − 1 cap) is invalid_amount.
func ParseUnits(s string, decimals uint8) (*big.Int, error) {
	return parseUnits(s, decimals, "amount_units", "the asset's")
}

// parseUnits is ParseUnits for the field what of a token named by whose
// ("the asset's", "the payment token's") in its refusal.
func parseUnits(s string, decimals uint8, what, whose string) (*big.Int, error) {
	v, err := units.ParseAmount(s, decimals, what, whose)
	if err != nil {
		return nil, err
	}
	return checkAmount(v, s)
}

// ParseBaseUnits reads a positive integer of base units, given in the
// field what.
func ParseBaseUnits(s, what string) (*big.Int, error) {
	if !units.Digits(s) || len(s) > 100 {
		return nil, invalid("invalid_amount", fmt.Sprintf("%s %q must be a positive integer of base units", what, s))
	}
	v, _ := new(big.Int).SetString(s, 10)
	return checkAmount(v, s)
}

func checkAmount(v *big.Int, s string) (*big.Int, error) {
	switch {
	case v.Sign() <= 0:
		return nil, invalid("invalid_amount", "amount must be greater than zero")
	case v.Cmp(maxUint256) > 0:
		return nil, invalid("invalid_amount", fmt.Sprintf("amount %s is beyond uint256", s))
	case v.Cmp(MaxTokenAmount) > 0:
		return nil, invalid("invalid_amount", fmt.Sprintf("amount %s is beyond the token's limit of 2^96-1 base units", s))
	}
	return v, nil
}

// FormatUnits writes base units as a decimal of whole units.
func FormatUnits(v *big.Int, decimals uint8) string { return units.Format(v, decimals) }

// NewID returns a random UUID (version 4).
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// ValidID reports whether s is a UUID as NewID makes them.
func ValidID(s string) bool { return uuidRe.MatchString(s) }

// checkTransition validates moving a from its state to to.
func checkTransition(a Asset, to State) error {
	for _, s := range transitions[a.State] {
		if s == to {
			return nil
		}
	}
	return errs.E(errs.Conflict, "invalid_state", fmt.Sprintf("asset %s is %s; it cannot become %s", a.ID, a.State, to))
}
