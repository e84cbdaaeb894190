package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
)

func investorPath(id string) string { return "/v1/compliance/investors/" + url.PathEscape(id) }

// CreateInvestor onboards an investor (compliance scope).
func (c *Client) CreateInvestor(ctx context.Context, p api.NewInvestor, opts ...Option) (api.Investor, error) {
	var out api.Investor
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/investors", p, &out, opts...)
	return out, err
}

// Investor returns an investor with its wallets' on-chain state.
func (c *Client) Investor(ctx context.Context, id string) (api.Investor, error) {
	var out api.Investor
	err := c.Do(ctx, http.MethodGet, investorPath(id), nil, &out)
	return out, err
}

// Investors iterates over every investor.
func (c *Client) Investors(ctx context.Context, pageSize int) iter.Seq2[api.Investor, error] {
	return Paginate[api.Investor](ctx, c, "/v1/compliance/investors", nil, pageSize)
}

// UpdateInvestor changes an investor's name, country or categories.
func (c *Client) UpdateInvestor(ctx context.Context, id string, u api.InvestorUpdate, opts ...Option) (api.Investor, error) {
	var out api.Investor
	err := c.Do(ctx, http.MethodPatch, investorPath(id), u, &out, opts...)
	return out, err
}

// SetKYC records a KYC decision.
func (c *Client) SetKYC(ctx context.Context, id string, d api.KYCDecision, opts ...Option) (api.Investor, error) {
	var out api.Investor
	err := c.Do(ctx, http.MethodPost, investorPath(id)+"/kyc", d, &out, opts...)
	return out, err
}

// WalletChallenge asks for a proof-of-control challenge for address.
func (c *Client) WalletChallenge(ctx context.Context, investorID, address string, opts ...Option) (api.Challenge, error) {
	var out api.Challenge
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets/challenges", api.NewChallenge{Address: address}, &out, opts...)
	return out, err
}

// AddWallet links a wallet with its personal_sign (EIP-191) signature of
// the challenge message (0x hex).
func (c *Client) AddWallet(ctx context.Context, investorID string, challengeID int64, signature string, opts ...Option) (api.Investor, error) {
	return c.AddWalletWithScheme(ctx, investorID, challengeID, "eip191", signature, opts...)
}

// AddWalletWithScheme links a wallet with its signature under scheme:
// "eip191" (personal_sign) or "eip712" (eth_signTypedData_v4, see
// docs/compliance.md).
func (c *Client) AddWalletWithScheme(ctx context.Context, investorID string, challengeID int64, scheme, signature string, opts ...Option) (api.Investor, error) {
	in := api.WalletProof{ChallengeID: challengeID, Signature: signature, Scheme: scheme}
	var out api.Investor
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets", in, &out, opts...)
	return out, err
}

func rulesPath(asset string) string {
	return "/v1/compliance/assets/" + url.PathEscape(asset) + "/rules"
}

// Rules returns the rules in force for an asset.
func (c *Client) Rules(ctx context.Context, asset string) (api.Rules, error) {
	var out api.Rules
	err := c.Do(ctx, http.MethodGet, rulesPath(asset), nil, &out)
	return out, err
}

// SetRules sets an asset's rules.
func (c *Client) SetRules(ctx context.Context, asset string, p api.SetRules, opts ...Option) (api.RulesResult, error) {
	var out api.RulesResult
	err := c.Do(ctx, http.MethodPut, rulesPath(asset), p, &out, opts...)
	return out, err
}

// RulesHistory iterates over an asset's rule versions, newest first.
func (c *Client) RulesHistory(ctx context.Context, asset string, pageSize int) iter.Seq2[api.Rules, error] {
	return Paginate[api.Rules](ctx, c, rulesPath(asset)+"/history", nil, pageSize)
}

// Locks returns a wallet's running locks on an asset (the index an
// unlock takes) and its investor's liquidate-only state.
func (c *Client) Locks(ctx context.Context, asset, wallet string) (api.WalletLocks, error) {
	var out api.WalletLocks
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/assets/"+url.PathEscape(asset)+"/locks/"+url.PathEscape(wallet), nil, &out)
	return out, err
}

// Check pre-checks a transfer.
func (c *Client) Check(ctx context.Context, p api.CheckTransfer) (api.CheckResult, error) {
	var out api.CheckResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/check", p, &out)
	return out, err
}

// RequestIntervention asks for an intervention; another key approves it.
func (c *Client) RequestIntervention(ctx context.Context, p api.NewIntervention, opts ...Option) (api.Intervention, error) {
	var out api.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions", p, &out, opts...)
	return out, err
}

// Intervention returns an intervention and its transaction.
func (c *Client) Intervention(ctx context.Context, id int64) (api.Intervention, error) {
	var out api.Intervention
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10), nil, &out)
	return out, err
}

// Interventions iterates over interventions, newest first.
func (c *Client) Interventions(ctx context.Context, pageSize int) iter.Seq2[api.Intervention, error] {
	return Paginate[api.Intervention](ctx, c, "/v1/compliance/interventions", nil, pageSize)
}

// ApproveIntervention approves another key's request and sends it.
func (c *Client) ApproveIntervention(ctx context.Context, id int64, note string, opts ...Option) (api.Intervention, error) {
	var out api.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectIntervention rejects a request.
func (c *Client) RejectIntervention(ctx context.Context, id int64, note string, opts ...Option) (api.Intervention, error) {
	var out api.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// Reconcile runs the registry reconciliation now.
func (c *Client) Reconcile(ctx context.Context, opts ...Option) (api.ReconcileReport, error) {
	var out api.ReconcileReport
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/reconcile", nil, &out, opts...)
	return out, err
}

// SweepKYC marks expired KYC now and returns the investors it expired
// (the sweep drops lapsed categories too: see Sweep).
func (c *Client) SweepKYC(ctx context.Context, opts ...Option) ([]string, error) {
	out, err := c.Sweep(ctx, opts...)
	return out.Expired, err
}

// Sweep marks expired KYC now, drops lapsed investor categories and
// clears them in the identity registry.
func (c *Client) Sweep(ctx context.Context, opts ...Option) (api.SweepResult, error) {
	var out api.SweepResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/kyc/sweep", nil, &out, opts...)
	return out, err
}

// ComplianceLog iterates over the compliance log, oldest first.
func (c *Client) ComplianceLog(ctx context.Context, pageSize int) iter.Seq2[api.LogEntry, error] {
	return Paginate[api.LogEntry](ctx, c, "/v1/compliance/log", nil, pageSize)
}

// VerifyComplianceLog checks the log's hash chain on the server.
func (c *Client) VerifyComplianceLog(ctx context.Context) (api.LogVerification, error) {
	var out api.LogVerification
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/log/verify", nil, &out)
	return out, err
}
