package client

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Identity is a wallet's identity-registry entry as the API shows it.
type Identity struct {
	Registered bool     `json:"registered"`
	InvestorID string   `json:"investor_id,omitempty"`
	Country    string   `json:"country,omitempty"`
	Expiry     string   `json:"expiry,omitempty"`
	Flags      []string `json:"flags"`
	Verified   *bool    `json:"verified,omitempty"`
}

// InvestorWallet is one of an investor's wallets, off chain and on chain.
type InvestorWallet struct {
	Address   string    `json:"address"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Want      Identity  `json:"want"`
	OnChain   Identity  `json:"on_chain"`
	InSync    bool      `json:"in_sync"`
}

// TxState is the state of one chain write.
type TxState struct {
	Key    string `json:"key"`
	To     string `json:"to,omitempty"`
	Action string `json:"action,omitempty"`
	State  string `json:"state"`
	TxHash string `json:"tx_hash,omitempty"`
	Block  uint64 `json:"block,omitempty"`
	Error  string `json:"error,omitempty"`
}

// KYC is an investor's KYC record.
type KYC struct {
	Status    string     `json:"status"`
	Provider  string     `json:"provider"`
	Reference string     `json:"reference"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// Investor is an investor as the compliance API shows it.
type Investor struct {
	ID              string           `json:"id"`
	ChainInvestorID string           `json:"chain_investor_id"`
	LegalName       string           `json:"legal_name"`
	Type            string           `json:"type"`
	Country         string           `json:"country"`
	Flags           []string         `json:"flags"`
	KYC             KYC              `json:"kyc"`
	Version         int              `json:"version"`
	Wallets         []InvestorWallet `json:"wallets"`
	Txs             []TxState        `json:"txs,omitempty"`
	CreatedAt       time.Time        `json:"created_at"`
	UpdatedAt       time.Time        `json:"updated_at"`
}

// NewInvestor onboards an investor.
type NewInvestor struct {
	LegalName string   `json:"legal_name"`
	Type      string   `json:"type"`    // person or entity
	Country   string   `json:"country"` // ISO 3166-1 alpha-2
	Flags     []string `json:"flags,omitempty"`
}

// InvestorUpdate changes an investor; nil fields stay.
type InvestorUpdate struct {
	LegalName *string   `json:"legal_name,omitempty"`
	Country   *string   `json:"country,omitempty"`
	Flags     *[]string `json:"flags,omitempty"`
}

// KYCDecision records a KYC outcome.
type KYCDecision struct {
	Status    string     `json:"status"`
	Provider  string     `json:"provider,omitempty"`
	Reference string     `json:"reference,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// Challenge is a message a wallet signs to prove control.
type Challenge struct {
	ID        int64     `json:"id"`
	Address   string    `json:"address"`
	Message   string    `json:"message"`
	ExpiresAt time.Time `json:"expires_at"`
}

// Rules are an asset's transfer rules.
type Rules struct {
	Asset              string    `json:"asset"`
	Version            int       `json:"version"`
	CountryRestriction bool      `json:"country_restriction"`
	AllowedCountries   []string  `json:"allowed_countries"`
	MaxInvestors       *uint32   `json:"max_investors,omitempty"`
	MaxBalance         string    `json:"max_balance,omitempty"`
	RequiredFlags      []string  `json:"required_flags"`
	LockupSeconds      uint64    `json:"lockup_seconds"`
	ValuationFeed      string    `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64    `json:"valuation_max_age,omitempty"`
	Reason             string    `json:"reason"`
	Actor              string    `json:"actor"`
	CreatedAt          time.Time `json:"created_at"`
}

// SetRulesParams is the full set of rules an asset should have.
type SetRulesParams struct {
	CountryRestriction bool     `json:"country_restriction"`
	AllowedCountries   []string `json:"allowed_countries,omitempty"`
	MaxInvestors       *int64   `json:"max_investors,omitempty"`
	MaxBalance         *string  `json:"max_balance,omitempty"`
	RequiredFlags      []string `json:"required_flags,omitempty"`
	LockupSeconds      uint64   `json:"lockup_seconds,omitempty"`
	ValuationFeed      *string  `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64   `json:"valuation_max_age,omitempty"`
	Reason             string   `json:"reason"`
}

// RulesResult is a rules version and the chain writes that applied it.
type RulesResult struct {
	Rules Rules     `json:"rules"`
	Txs   []TxState `json:"txs"`
}

// CheckParams is a transfer to pre-check; an empty From previews a mint.
type CheckParams struct {
	Asset  string `json:"asset"`
	From   string `json:"from,omitempty"`
	To     string `json:"to"`
	Amount string `json:"amount"`
}

// CheckResult is the token's answer, explained.
type CheckResult struct {
	Allowed  bool     `json:"allowed"`
	Code     string   `json:"code"`
	CodeName string   `json:"code_name"`
	Message  string   `json:"message"`
	Rule     string   `json:"rule,omitempty"`
	Block    uint64   `json:"block"`
	Context  []string `json:"context"`
}

// InterventionParams requests an intervention.
type InterventionParams struct {
	Kind   string  `json:"kind"`
	Asset  string  `json:"asset"`
	Wallet string  `json:"wallet"`
	To     *string `json:"to,omitempty"`
	Amount *string `json:"amount,omitempty"`
	Reason string  `json:"reason"`
}

// Intervention is a four-eyes compliance action.
type Intervention struct {
	ID           int64      `json:"id"`
	Kind         string     `json:"kind"`
	Asset        string     `json:"asset"`
	Wallet       string     `json:"wallet"`
	To           string     `json:"to,omitempty"`
	Amount       string     `json:"amount,omitempty"`
	Reason       string     `json:"reason"`
	State        string     `json:"state"`
	RequestedBy  string     `json:"requested_by"`
	DecidedBy    string     `json:"decided_by,omitempty"`
	DecisionNote string     `json:"decision_note,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	DecidedAt    *time.Time `json:"decided_at,omitempty"`
	Tx           *TxState   `json:"tx,omitempty"`
}

// Repair is one drift a reconciliation fixed.
type Repair struct {
	InvestorID string   `json:"investor_id"`
	Wallet     string   `json:"wallet"`
	Action     string   `json:"action"`
	Before     Identity `json:"before"`
	After      Identity `json:"after"`
	TxKey      string   `json:"tx_key"`
	TxState    string   `json:"tx_state"`
	TxHash     string   `json:"tx_hash,omitempty"`
	Error      string   `json:"error,omitempty"`
}

// ReconcileReport is what a reconciliation checked and repaired.
type ReconcileReport struct {
	Run       int64     `json:"run"`
	At        time.Time `json:"at"`
	Investors int       `json:"investors"`
	Wallets   int       `json:"wallets"`
	Repairs   []Repair  `json:"repairs"`
}

// LogEntry is one entry of the compliance log.
type LogEntry struct {
	Seq      int64           `json:"seq"`
	At       time.Time       `json:"at"`
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Data     json.RawMessage `json:"data"`
	PrevHash string          `json:"prev_hash"`
	Hash     string          `json:"hash"`
}

// LogVerification is the result of checking the log's hash chain.
type LogVerification struct {
	Entries  int64  `json:"entries"`
	OK       bool   `json:"ok"`
	FirstBad int64  `json:"first_bad,omitempty"`
	Problem  string `json:"problem,omitempty"`
	Head     string `json:"head,omitempty"`
}

func investorPath(id string) string { return "/v1/compliance/investors/" + url.PathEscape(id) }

// CreateInvestor onboards an investor (compliance scope).
func (c *Client) CreateInvestor(ctx context.Context, p NewInvestor, opts ...Option) (Investor, error) {
	var out Investor
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/investors", p, &out, opts...)
	return out, err
}

// Investor returns an investor with its wallets' on-chain state.
func (c *Client) Investor(ctx context.Context, id string) (Investor, error) {
	var out Investor
	err := c.Do(ctx, http.MethodGet, investorPath(id), nil, &out)
	return out, err
}

// Investors iterates over every investor.
func (c *Client) Investors(ctx context.Context, pageSize int) iter.Seq2[Investor, error] {
	return Paginate[Investor](ctx, c, "/v1/compliance/investors", nil, pageSize)
}

// UpdateInvestor changes an investor's name, country or flags.
func (c *Client) UpdateInvestor(ctx context.Context, id string, u InvestorUpdate, opts ...Option) (Investor, error) {
	var out Investor
	err := c.Do(ctx, http.MethodPatch, investorPath(id), u, &out, opts...)
	return out, err
}

// SetKYC records a KYC decision.
func (c *Client) SetKYC(ctx context.Context, id string, d KYCDecision, opts ...Option) (Investor, error) {
	var out Investor
	err := c.Do(ctx, http.MethodPost, investorPath(id)+"/kyc", d, &out, opts...)
	return out, err
}

// WalletChallenge asks for a proof-of-control challenge for address.
func (c *Client) WalletChallenge(ctx context.Context, investorID, address string, opts ...Option) (Challenge, error) {
	var out Challenge
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets/challenges", map[string]string{"address": address}, &out, opts...)
	return out, err
}

// AddWallet links a wallet with its personal_sign (EIP-191) signature of
// the challenge message (0x hex).
func (c *Client) AddWallet(ctx context.Context, investorID string, challengeID int64, signature string, opts ...Option) (Investor, error) {
	return c.AddWalletWithScheme(ctx, investorID, challengeID, "eip191", signature, opts...)
}

// AddWalletWithScheme links a wallet with its signature under scheme:
// "eip191" (personal_sign) or "eip712" (eth_signTypedData_v4, see
// docs/compliance.md).
func (c *Client) AddWalletWithScheme(ctx context.Context, investorID string, challengeID int64, scheme, signature string, opts ...Option) (Investor, error) {
	in := struct {
		ChallengeID int64  `json:"challenge_id"`
		Signature   string `json:"signature"`
		Scheme      string `json:"scheme"`
	}{challengeID, signature, scheme}
	var out Investor
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets", in, &out, opts...)
	return out, err
}

func rulesPath(asset string) string {
	return "/v1/compliance/assets/" + url.PathEscape(asset) + "/rules"
}

// Rules returns the rules in force for an asset.
func (c *Client) Rules(ctx context.Context, asset string) (Rules, error) {
	var out Rules
	err := c.Do(ctx, http.MethodGet, rulesPath(asset), nil, &out)
	return out, err
}

// SetRules sets an asset's rules.
func (c *Client) SetRules(ctx context.Context, asset string, p SetRulesParams, opts ...Option) (RulesResult, error) {
	var out RulesResult
	err := c.Do(ctx, http.MethodPut, rulesPath(asset), p, &out, opts...)
	return out, err
}

// RulesHistory iterates over an asset's rule versions, newest first.
func (c *Client) RulesHistory(ctx context.Context, asset string, pageSize int) iter.Seq2[Rules, error] {
	return Paginate[Rules](ctx, c, rulesPath(asset)+"/history", nil, pageSize)
}

// Check pre-checks a transfer.
func (c *Client) Check(ctx context.Context, p CheckParams) (CheckResult, error) {
	var out CheckResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/check", p, &out)
	return out, err
}

// RequestIntervention asks for an intervention; another key approves it.
func (c *Client) RequestIntervention(ctx context.Context, p InterventionParams, opts ...Option) (Intervention, error) {
	var out Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions", p, &out, opts...)
	return out, err
}

// Intervention returns an intervention and its transaction.
func (c *Client) Intervention(ctx context.Context, id int64) (Intervention, error) {
	var out Intervention
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10), nil, &out)
	return out, err
}

// Interventions iterates over interventions, newest first.
func (c *Client) Interventions(ctx context.Context, pageSize int) iter.Seq2[Intervention, error] {
	return Paginate[Intervention](ctx, c, "/v1/compliance/interventions", nil, pageSize)
}

// ApproveIntervention approves another key's request and sends it.
func (c *Client) ApproveIntervention(ctx context.Context, id int64, note string, opts ...Option) (Intervention, error) {
	var out Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/approve", map[string]string{"note": note}, &out, opts...)
	return out, err
}

// RejectIntervention rejects a request.
func (c *Client) RejectIntervention(ctx context.Context, id int64, note string, opts ...Option) (Intervention, error) {
	var out Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/reject", map[string]string{"note": note}, &out, opts...)
	return out, err
}

// Reconcile runs the registry reconciliation now.
func (c *Client) Reconcile(ctx context.Context, opts ...Option) (ReconcileReport, error) {
	var out ReconcileReport
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/reconcile", nil, &out, opts...)
	return out, err
}

// SweepKYC marks expired KYC now and returns the investors it expired.
func (c *Client) SweepKYC(ctx context.Context, opts ...Option) ([]string, error) {
	var out struct {
		Expired []string `json:"expired"`
	}
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/kyc/sweep", nil, &out, opts...)
	return out.Expired, err
}

// ComplianceLog iterates over the compliance log, oldest first.
func (c *Client) ComplianceLog(ctx context.Context, pageSize int) iter.Seq2[LogEntry, error] {
	return Paginate[LogEntry](ctx, c, "/v1/compliance/log", nil, pageSize)
}

// VerifyComplianceLog checks the log's hash chain on the server.
func (c *Client) VerifyComplianceLog(ctx context.Context) (LogVerification, error) {
	var out LogVerification
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/log/verify", nil, &out)
	return out, err
}
