package auth

import (
	"fmt"
	"slices"
	"strings"
)

// Action is something a principal asks Tessera to do or to show.
type Action string

// The actions. Each is taken through the API, the UI, the stream or the
// CLI, and every door asks Authorize about the same name.
const (
	MeRead Action = "me.read"

	KeyRead   Action = "key.read"
	KeyCreate Action = "key.create"
	KeyRotate Action = "key.rotate"
	KeyRevoke Action = "key.revoke"

	AssetRead          Action = "asset.read"
	AssetCreate        Action = "asset.create"
	AssetTransition    Action = "asset.transition"
	AssetVerify        Action = "asset.verify"
	AssetTokenize      Action = "asset.tokenize"
	DocumentUpload     Action = "document.upload"
	DocumentDecide     Action = "document.decide"
	MintRequest        Action = "mint.request"
	MintDecide         Action = "mint.decide"
	DistributionNew    Action = "distribution.create"
	DistributionDecide Action = "distribution.decide"
	DistributionPub    Action = "distribution.publish"

	InvestorRead       Action = "investor.read"
	InvestorWrite      Action = "investor.write"
	RulesRead          Action = "rules.read"
	RulesSet           Action = "rules.set"
	ComplianceCheck    Action = "compliance.check"
	InterventionRead   Action = "intervention.read"
	InterventionNew    Action = "intervention.request"
	InterventionDecide Action = "intervention.decide"
	ComplianceRun      Action = "compliance.run"
	ComplianceLogRead  Action = "compliance_log.read"

	KYCProviderRead      Action = "kyc_provider.read"
	KYCProviderRequest   Action = "kyc_provider.request"
	KYCProviderDecide    Action = "kyc_provider.decide"
	OnboardingPolicyRead Action = "onboarding_policy.read"
	OnboardingPolicySet  Action = "onboarding_policy.set"
	OnboardSelf          Action = "onboarding.submit"

	ValuationSubmit Action = "valuation.submit"
	ValuationImport Action = "valuation.import"
	OracleRead      Action = "oracle.read"
	AppraiserManage Action = "appraiser.manage"
	AppraiserDecide Action = "appraiser.decide"
	AppraiserRead   Action = "appraiser.read"

	ValuationOverrideRequest Action = "valuation.override.request"
	ValuationOverrideDecide  Action = "valuation.override.decide"
	ValuationOverrideRead    Action = "valuation.override.read"
	ValuationAlertRead       Action = "valuation.alert.read"

	DealingCalendarRead Action = "dealing_calendar.read"
	DealingCalendarSet  Action = "dealing_calendar.set"
	DealingClose        Action = "dealing.close"
	DealingBookRead     Action = "dealing_book.read"
	DealingBookDecide   Action = "dealing_book.decide"
	DealingBatchRetry   Action = "dealing_batch.retry"
	DealingPrepare      Action = "dealing.prepare"
	DealingWireConfirm  Action = "dealing.wire.confirm"
	DealingWireDecide   Action = "dealing.wire.decide"

	AuditRead   Action = "audit.read"
	UpgradeRead Action = "upgrade.read"
	StreamRead  Action = "stream.read"
)

// Rule is one row of the action table: who may take the action, and
// whether it only takes effect once a second, independent principal
// decides it (four-eyes; see Independent).
type Rule struct {
	Action  Action
	Scopes  []Scope
	Write   bool   // changes something
	Decides Action // for a four-eyes decision: the action whose request it decides
	Summary string
}

// FourEyes reports whether the rule is the second half of a four-eyes
// pair: its principal must be independent of the requester's.
func (r Rule) FourEyes() bool { return r.Decides != "" }

var (
	readers  = []Scope{Issuer, Approver, Compliance, Auditor}
	officers = []Scope{Compliance}
	table    = []Rule{
		{MeRead, Scopes, false, "", "see the principal a request resolves to"},

		{KeyRead, []Scope{Admin}, false, "", "list and read API keys"},
		{KeyCreate, []Scope{Admin}, true, "", "create an API key (the creator's owners become its custodians)"},
		{KeyRotate, []Scope{Admin}, true, "", "rotate a key's secret (ends its UI sessions and streams)"},
		{KeyRevoke, []Scope{Admin}, true, "", "revoke a key (ends its UI sessions and streams at once)"},

		{AssetRead, readers, false, "", "read assets, history, documents, requests, cap tables, distributions, holdings"},
		{AssetCreate, []Scope{Issuer}, true, "", "create an asset (draft)"},
		{AssetTransition, []Scope{Issuer}, true, "", "submit, activate, redeem or retire an asset"},
		{AssetVerify, []Scope{Approver}, true, AssetCreate, "verify a submitted asset"},
		{AssetTokenize, []Scope{Issuer}, true, "", "tokenize a verified asset (its verification was the second principal)"},
		{DocumentUpload, []Scope{Issuer}, true, "", "upload a document and anchor its hash on chain (once the asset is verified: propose it)"},
		{DocumentDecide, []Scope{Approver}, true, DocumentUpload, "approve or reject a document proposed after verification"},
		{MintRequest, []Scope{Issuer}, true, "", "request mints (single or bulk) and burns"},
		{MintDecide, []Scope{Approver}, true, MintRequest, "approve or reject a mint or burn request"},
		{DistributionNew, []Scope{Issuer}, true, "", "declare a distribution (computed and stored pending; nothing reaches the chain)"},
		{DistributionDecide, []Scope{Approver}, true, DistributionNew, "approve (publish, paid from the asset's treasury) or reject a declared distribution"},
		{DistributionPub, []Scope{Issuer}, true, "", "finish publishing an approved distribution whose publication was interrupted"},

		{InvestorRead, []Scope{Compliance, Auditor}, false, "", "read investors, KYC and wallets"},
		{InvestorWrite, officers, true, "", "onboard investors, record KYC, link wallets"},
		{RulesRead, []Scope{Compliance, Auditor}, false, "", "read an asset's transfer rules and their history"},
		{RulesSet, officers, true, "", "set an asset's transfer rules"},
		{ComplianceCheck, []Scope{Compliance, Issuer, Auditor}, false, "", "pre-trade check against the token"},
		{InterventionRead, []Scope{Compliance, Approver, Auditor}, false, "", "read interventions"},
		{InterventionNew, officers, true, "", "request a freeze, partial freeze, forced transfer or recovery"},
		{InterventionDecide, []Scope{Compliance, Approver}, true, InterventionNew, "approve or reject an intervention"},
		{ComplianceRun, officers, true, "", "reconcile records with the registry, sweep expired KYC and lapsed categories"},
		{ComplianceLogRead, []Scope{Compliance, Auditor}, false, "", "read and verify the compliance log"},
		{KYCProviderRead, []Scope{Compliance, Auditor}, false, "", "read KYC providers' signing keys and the requests that added or revoked them"},
		{KYCProviderRequest, officers, true, "", "request adding or revoking a KYC provider's signing key (takes effect once decided)"},
		{KYCProviderDecide, officers, true, KYCProviderRequest, "approve (a revocation refuses the key's attestations at once) or reject a KYC provider key change"},
		{OnboardingPolicyRead, []Scope{Issuer, Compliance, Auditor}, false, "", "read the onboarding policy and its history"},
		{OnboardingPolicySet, []Scope{Issuer, Compliance}, true, "", "set the onboarding policy (the issuer's, or a compliance officer's): per tier (retail or an eligibility category) and country, whether an attested investor is approved at once or reviewed; an issuer may only approve less automatically than the policy in force (`policy_widens`)"},
		{OnboardSelf, []Scope{WalletHolder}, true, "", "onboard the signed-in wallet with a KYC provider's signed attestation (the onboarding policy decides: registered at once, or queued for review)"},

		{ValuationSubmit, []Scope{Oracle}, true, "", "submit a valuation signed by a registered appraiser"},
		{ValuationImport, []Scope{Oracle}, true, "", "import historical valuations (history only)"},
		{OracleRead, []Scope{Oracle, Auditor}, false, "", "read observations, aggregates and feed history"},
		{AppraiserManage, []Scope{Admin}, true, "", "request an appraiser's registration or revocation (takes effect once decided)"},
		{AppraiserDecide, []Scope{Admin, Approver}, true, AppraiserManage, "approve or reject an appraiser's registration or revocation"},
		{AppraiserRead, []Scope{Oracle, Auditor, Admin, Approver}, false, "", "read appraiser registration and revocation requests"},
		{ValuationOverrideRequest, []Scope{Oracle, Admin}, true, "", "request a feed override past its NAV guards (written once decided)"},
		{ValuationOverrideDecide, []Scope{Approver, Admin}, true, ValuationOverrideRequest, "approve (the relay writes it with transmitOverride) or reject a feed override"},
		{ValuationOverrideRead, []Scope{Oracle, Auditor, Admin, Approver}, false, "", "read feed overrides"},
		{ValuationAlertRead, []Scope{Auditor, Admin, Approver}, false, "", "read the values the relay refused to sign under a feed's NAV guards (not oracle keys: they would learn the guards' edges)"},

		{DealingCalendarRead, readers, false, "", "read an asset's dealing calendar and its next dealing days"},
		{DealingCalendarSet, []Scope{Issuer}, true, "", "set an asset's dealing calendar: time zone, business days, holidays, cut-off, settlement lag, NAV time-to-live, tickets, open modes, auto-approval threshold"},
		{DealingClose, []Scope{Issuer}, true, "", "close a dealing day: price its book at the day's NAV (the dealing job does it as system:dealing; a book under the calendar's auto-approval threshold is approved by policy as system:dealing-auto)"},
		{DealingBookRead, readers, false, "", "read dealing books, their priced lines and batches, and the indexed dealing requests"},
		{DealingBookDecide, []Scope{Approver}, true, DealingClose, "approve (fulfil on chain) or reject a priced dealing book (a rejected book's day is then declared void on chain: its requests may be cancelled)"},
		{DealingBatchRetry, []Scope{Issuer, Approver}, true, "", "send a failed fulfilment batch of an approved dealing book again, once its cause (an empty reserve, say) is fixed: the same requests at the same round, nothing decided anew"},
		{DealingWireConfirm, []Scope{Issuer}, true, "", "confirm, with the bank's reference, that a wire subscription's money arrived or that a priced wire redemption was paid out (takes effect once decided: the platform signer then confirms it on chain)"},
		{DealingWireDecide, []Scope{Approver}, true, DealingWireConfirm, "approve (confirmPayment / confirmPayout on chain) or reject a wire confirmation"},
		{DealingPrepare, readers, false, "", "prepare the unsigned calls a wallet signs and sends itself to request, cancel or claim a subscription or redemption, or to deal instantly, with every refusal the contract would make explained first (moves nothing: the wallet signs)"},

		{AuditRead, []Scope{Auditor}, false, "", "verify an asset on chain and export its records"},
		{UpgradeRead, []Scope{Auditor, Admin}, false, "", "follow the contracts' upgrade trail: timelock operations scheduled, executed and cancelled, proxies upgraded"},
		{StreamRead, nil, false, "", "open the event stream (each key receives only the event types its scopes may read)"},
	}
	rules = index(table)
)

// EventReads names, for each event type of the stream, the action whose
// REST reads show the same records: a key receives an event only if it
// may take that action.
var EventReads = map[string]Action{
	"transfer":                AssetRead,
	"mint":                    AssetRead,
	"burn":                    AssetRead,
	"valuation":               AssetRead,
	"asset":                   AssetRead,
	"issuance_request":        AssetRead,
	"compliance_intervention": InterventionRead,
	"compliance":              ComplianceLogRead,
	"upgrade_scheduled":       UpgradeRead,
	"upgrade_executed":        UpgradeRead,
	"upgrade_cancelled":       UpgradeRead,
	"upgrade_delay_changed":   UpgradeRead,
	"contract_upgraded":       UpgradeRead,
	"oracle_alert":            ValuationAlertRead,
	"dealing":                 DealingBookRead,
}

// index completes the table (the stream admits whoever may read at least
// one event type) and indexes it by action.
func index(t []Rule) map[Action]Rule {
	scopesOf := map[Action][]Scope{}
	for _, r := range t {
		scopesOf[r.Action] = r.Scopes
	}
	m := make(map[Action]Rule, len(t))
	for i, r := range t {
		if r.Action == StreamRead {
			var ss []Scope
			for _, a := range EventReads {
				ss = append(ss, scopesOf[a]...)
			}
			slices.Sort(ss)
			t[i].Scopes = slices.Compact(ss)
		}
		m[r.Action] = t[i]
	}
	return m
}

// Rules returns the action table in its documented order.
func Rules() []Rule { return slices.Clone(table) }

// RuleOf returns the rule of action a.
func RuleOf(a Action) (Rule, bool) { r, ok := rules[a]; return r, ok }

// EventTypes returns the stream event types p may receive.
func EventTypes(p Principal) []string {
	var out []string
	for t, a := range EventReads {
		if p.Can(a) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// MarkdownTable renders the action table for docs/security.md.
func MarkdownTable() string {
	decidedBy := map[Action]Action{}
	for _, r := range table {
		if r.Decides != "" {
			decidedBy[r.Decides] = r.Action
		}
	}
	var b strings.Builder
	b.WriteString("| action | what it does | scopes | second principal |\n|---|---|---|---|\n")
	for _, r := range table {
		second := "—"
		switch {
		case r.FourEyes():
			second = "decides `" + string(r.Decides) + "`: independent of its requester"
		case decidedBy[r.Action] != "":
			second = "takes effect once an independent principal takes `" + string(decidedBy[r.Action]) + "`"
		}
		scopes := joinScopes(r.Scopes)
		if len(r.Scopes) == 0 {
			scopes = "—"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.Action, r.Summary, scopes, second)
	}
	return b.String()
}
