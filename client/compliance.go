package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/wire"
)

func investorPath(id string) string { return "/v1/compliance/investors/" + url.PathEscape(id) }

// CreateInvestor onboards an investor (compliance scope).
func (c *Client) CreateInvestor(ctx context.Context, p wire.NewInvestor, opts ...Option) (wire.Investor, error) {
	var out wire.Investor
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/investors", p, &out, opts...)
	return out, err
}

// Investor returns an investor with its wallets' on-chain state.
func (c *Client) Investor(ctx context.Context, id string) (wire.Investor, error) {
	var out wire.Investor
	err := c.Do(ctx, http.MethodGet, investorPath(id), nil, &out)
	return out, err
}

// Investors iterates over every investor.
func (c *Client) Investors(ctx context.Context, pageSize int) iter.Seq2[wire.Investor, error] {
	return Paginate[wire.Investor](ctx, c, "/v1/compliance/investors", nil, pageSize)
}

// UpdateInvestor changes an investor's name, country or flags.
func (c *Client) UpdateInvestor(ctx context.Context, id string, u wire.InvestorUpdate, opts ...Option) (wire.Investor, error) {
	var out wire.Investor
	err := c.Do(ctx, http.MethodPatch, investorPath(id), u, &out, opts...)
	return out, err
}

// SetKYC records a KYC decision.
func (c *Client) SetKYC(ctx context.Context, id string, d wire.KYCDecision, opts ...Option) (wire.Investor, error) {
	var out wire.Investor
	err := c.Do(ctx, http.MethodPost, investorPath(id)+"/kyc", d, &out, opts...)
	return out, err
}

// WalletChallenge asks for a proof-of-control challenge for address.
func (c *Client) WalletChallenge(ctx context.Context, investorID, address string, opts ...Option) (wire.Challenge, error) {
	var out wire.Challenge
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets/challenges", wire.NewChallenge{Address: address}, &out, opts...)
	return out, err
}

// AddWallet links a wallet with its personal_sign (EIP-191) signature of
// the challenge message (0x hex).
func (c *Client) AddWallet(ctx context.Context, investorID string, challengeID int64, signature string, opts ...Option) (wire.Investor, error) {
	return c.AddWalletWithScheme(ctx, investorID, challengeID, "eip191", signature, opts...)
}

// AddWalletWithScheme links a wallet with its signature under scheme:
// "eip191" (personal_sign) or "eip712" (eth_signTypedData_v4, see
// docs/compliance.md).
func (c *Client) AddWalletWithScheme(ctx context.Context, investorID string, challengeID int64, scheme, signature string, opts ...Option) (wire.Investor, error) {
	in := wire.WalletProof{ChallengeID: challengeID, Signature: signature, Scheme: scheme}
	var out wire.Investor
	err := c.Do(ctx, http.MethodPost, investorPath(investorID)+"/wallets", in, &out, opts...)
	return out, err
}

func rulesPath(asset string) string {
	return "/v1/compliance/assets/" + url.PathEscape(asset) + "/rules"
}

// Rules returns the rules in force for an asset.
func (c *Client) Rules(ctx context.Context, asset string) (wire.Rules, error) {
	var out wire.Rules
	err := c.Do(ctx, http.MethodGet, rulesPath(asset), nil, &out)
	return out, err
}

// SetRules sets an asset's rules.
func (c *Client) SetRules(ctx context.Context, asset string, p wire.SetRules, opts ...Option) (wire.RulesResult, error) {
	var out wire.RulesResult
	err := c.Do(ctx, http.MethodPut, rulesPath(asset), p, &out, opts...)
	return out, err
}

// RulesHistory iterates over an asset's rule versions, newest first.
func (c *Client) RulesHistory(ctx context.Context, asset string, pageSize int) iter.Seq2[wire.Rules, error] {
	return Paginate[wire.Rules](ctx, c, rulesPath(asset)+"/history", nil, pageSize)
}

// Check pre-checks a transfer.
func (c *Client) Check(ctx context.Context, p wire.CheckTransfer) (wire.CheckResult, error) {
	var out wire.CheckResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/check", p, &out)
	return out, err
}

// RequestIntervention asks for an intervention; another key approves it.
func (c *Client) RequestIntervention(ctx context.Context, p wire.NewIntervention, opts ...Option) (wire.Intervention, error) {
	var out wire.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions", p, &out, opts...)
	return out, err
}

// Intervention returns an intervention and its transaction.
func (c *Client) Intervention(ctx context.Context, id int64) (wire.Intervention, error) {
	var out wire.Intervention
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10), nil, &out)
	return out, err
}

// Interventions iterates over interventions, newest first.
func (c *Client) Interventions(ctx context.Context, pageSize int) iter.Seq2[wire.Intervention, error] {
	return Paginate[wire.Intervention](ctx, c, "/v1/compliance/interventions", nil, pageSize)
}

// ApproveIntervention approves another key's request and sends it.
func (c *Client) ApproveIntervention(ctx context.Context, id int64, note string, opts ...Option) (wire.Intervention, error) {
	var out wire.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/approve", wire.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectIntervention rejects a request.
func (c *Client) RejectIntervention(ctx context.Context, id int64, note string, opts ...Option) (wire.Intervention, error) {
	var out wire.Intervention
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/interventions/"+strconv.FormatInt(id, 10)+"/reject", wire.Decision{Note: note}, &out, opts...)
	return out, err
}

// Reconcile runs the registry reconciliation now.
func (c *Client) Reconcile(ctx context.Context, opts ...Option) (wire.ReconcileReport, error) {
	var out wire.ReconcileReport
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/reconcile", nil, &out, opts...)
	return out, err
}

// SweepKYC marks expired KYC now and returns the investors it expired.
func (c *Client) SweepKYC(ctx context.Context, opts ...Option) ([]string, error) {
	var out wire.SweepResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/kyc/sweep", nil, &out, opts...)
	return out.Expired, err
}

// ComplianceLog iterates over the compliance log, oldest first.
func (c *Client) ComplianceLog(ctx context.Context, pageSize int) iter.Seq2[wire.LogEntry, error] {
	return Paginate[wire.LogEntry](ctx, c, "/v1/compliance/log", nil, pageSize)
}

// VerifyComplianceLog checks the log's hash chain on the server.
func (c *Client) VerifyComplianceLog(ctx context.Context) (wire.LogVerification, error) {
	var out wire.LogVerification
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/log/verify", nil, &out)
	return out, err
}
