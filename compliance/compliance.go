// Package compliance is the compliance officer's side of Tessera: investors
// and their KYC, the wallets they proved to control, the identity registry
// kept true on chain (sync, reconciliation, expiry sweeps), per-asset rules,
// transfer pre-checks evaluated by the token itself, four-eyes interventions
// (freezes, forced transfers, recovery) and a tamper-evident log of every
// change. It imports no database driver and no HTTP package: package
// postgres implements Store and package web serves the Service.
package compliance

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/tessera-rwa/tessera/chain"
)

// InvestorType says whether an investor is a natural person or an entity.
type InvestorType string

// The investor types.
const (
	Person InvestorType = "person"
	Entity InvestorType = "entity"
)

// KYCStatus is where an investor's KYC stands.
type KYCStatus string

// The KYC statuses. Only approved and expired investors are registered on
// chain; an expired one stays registered with its past expiry, so the
// registry's isVerified lapses on its own.
const (
	KYCPending  KYCStatus = "pending"
	KYCApproved KYCStatus = "approved"
	KYCRejected KYCStatus = "rejected"
	KYCExpired  KYCStatus = "expired"
)

// Flag is one eligibility flag: a bit of the registry's flags (bits 0–7).
type Flag uint8

// The eligibility flags: the investor categories of the registry's
// flag bits 0–7. Bits 4 to 7 are the issuer's to define (issuer_4 …
// issuer_7): an issuer gives them a meaning, caps them and requires them
// like the others.
const (
	Accredited         Flag = 1 << 0
	QualifiedPurchaser Flag = 1 << 1
	Professional       Flag = 1 << 2
	Institutional      Flag = 1 << 3
	Issuer4            Flag = 1 << 4
	Issuer5            Flag = 1 << 5
	Issuer6            Flag = 1 << 6
	Issuer7            Flag = 1 << 7
)

// FlagNames names each flag bit, in bit order, as the cap table and the
// caps name the categories (chain.CategoryName).
var FlagNames = func() []struct {
	Flag Flag
	Name string
} {
	out := make([]struct {
		Flag Flag
		Name string
	}, 8)
	for i := range out {
		out[i].Flag, out[i].Name = Flag(1)<<i, chain.CategoryName(i)
	}
	return out
}()

// Investor is one investor's record. Personal data (legal name, KYC
// provider and reference) never leaves the database.
type Investor struct {
	ID        string // UUID
	LegalName string
	Type      InvestorType
	Country   string // ISO 3166-1 alpha-2
	Flags     Flag
	// Grants are the terms of the categories held until a date, by
	// category; each one's flag is set in Flags. A category of Flags
	// without a grant is held without expiry.
	Grants       []CategoryGrant
	KYCStatus    KYCStatus
	KYCProvider  string
	KYCReference string
	KYCExpiresAt *time.Time
	Version      int // bumped on every change that may alter the on-chain identity
	Wallets      []Wallet
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// WalletStatus says whether a wallet is in use.
type WalletStatus string

// The wallet statuses: a lost wallet's identity is deleted from the
// registry once its balance was recovered.
const (
	WalletActive WalletStatus = "active"
	WalletLost   WalletStatus = "lost"
)

// Wallet is an address an investor proved to control.
type Wallet struct {
	Address    common.Address
	InvestorID string
	Status     WalletStatus
	CreatedAt  time.Time
}

// Challenge is a server-issued message a wallet signs (EIP-191
// personal_sign) to prove control; it is accepted once, before ExpiresAt.
type Challenge struct {
	ID         int64
	InvestorID string
	Address    common.Address
	Message    string
	ExpiresAt  time.Time
	UsedAt     *time.Time
}

// Rules are one version of an asset's transfer rules. Nil limits mean no
// limit.
type Rules struct {
	Asset              common.Address
	Version            int
	CountryRestriction bool     // on: only AllowedCountries may receive
	AllowedCountries   []string // ISO 3166-1 alpha-2
	MaxInvestors       *uint32
	MaxBalance         *big.Int // base units, summed over an investor's wallets
	RequiredFlags      Flag
	// LockupSeconds is how long newly minted units stay locked in the
	// receiving wallet: the token's initial lock-up (setExtendedRules),
	// which it applies to every mint from the mint's block, raising any
	// shorter lock; 0: no lock-up. LockupReason is the reason code of the
	// locks it makes.
	LockupSeconds   uint64
	LockupReason    LockReason
	ValuationFeed   *common.Address // stale-valuation guard on mints; nil: off
	ValuationMaxAge uint64          // seconds
	ReserveGuard    *ReserveGuard   // proof-of-reserve guard on mints; nil: off
	// MinHolding is the least an investor may hold once it holds (base
	// units, summed over its wallets); a transfer may still empty a
	// position. Nil: no minimum.
	MinHolding *big.Int
	// FlowbackUntil ends the Reg S flowback window: until then no unit
	// may move to a US person by transfer. Nil: no window.
	FlowbackUntil *time.Time
	// ForceFullTransfer allows holders only transfers of their whole
	// wallet balance.
	ForceFullTransfer bool
	Reason            string
	Actor             string
	CreatedAt         time.Time
}

// InterventionKind is what an intervention does on chain.
type InterventionKind string

// The interventions.
const (
	Freeze           InterventionKind = "freeze"             // setAddressFrozen(wallet, true)
	Unfreeze         InterventionKind = "unfreeze"           // setAddressFrozen(wallet, false)
	FreezePartial    InterventionKind = "freeze_partial"     // freezePartialTokens(wallet, amount)
	UnfreezePartial  InterventionKind = "unfreeze_partial"   // unfreezePartialTokens(wallet, amount)
	ForcedTransfer   InterventionKind = "forced_transfer"    // forcedTransfer(wallet, to, amount)
	Recovery         InterventionKind = "recovery"           // recoveryAddress(wallet, to, investorId)
	AddLock          InterventionKind = "lock"               // addLock(wallet, amount, start, cliff, end, reason)
	RemoveLock       InterventionKind = "unlock"             // removeLock(wallet, lock content): the lock the request names, wherever it stands
	LiquidateOnlyOn  InterventionKind = "liquidate_only"     // setLiquidateOnly(wallet, true)
	LiquidateOnlyOff InterventionKind = "liquidate_only_off" // setLiquidateOnly(wallet, false)
)

// LockTerms are a lock's schedule and reason (its amount is the
// intervention's): all locked until Cliff, then released linearly from
// Start to End.
type LockTerms struct {
	Start  time.Time
	Cliff  time.Time
	End    time.Time
	Reason LockReason
}

// InterventionState is where an intervention stands.
type InterventionState string

// The intervention states.
const (
	Requested InterventionState = "requested"
	Approved  InterventionState = "approved"
	Rejected  InterventionState = "rejected"
)

// Intervention is one compliance action on a token, requested by one key
// and approved by another (four eyes), with a mandatory reason.
type Intervention struct {
	ID     int64
	Kind   InterventionKind
	Asset  common.Address
	Wallet common.Address
	To     *common.Address // forced transfer receiver, recovery's new wallet
	Amount *big.Int        // partial freezes, forced transfers, locks (the lock's amount)
	// Lock is the lock a lock intervention adds, or the one an unlock
	// lifts (bound by content: its index is found again at approval).
	Lock *LockTerms
	// LockIndex is the index an approved unlock removed, resolved at
	// approval from the lock's content.
	LockIndex    *int
	Reason       string
	State        InterventionState
	RequestedBy  string
	DecidedBy    string
	DecisionNote string
	TxKey        string // the transaction manager's idempotency key, once approved
	CreatedAt    time.Time
	DecidedAt    *time.Time
}

// LogDraft is a log entry before it is chained: the store assigns its
// sequence number, time and hashes in the transaction that makes the
// change it records.
type LogDraft struct {
	Actor   string
	Action  string // e.g. "investor.created", "kyc.approved", "intervention.approved"
	Subject string // what changed: an investor id, an asset, an intervention id
	Data    any    // marshalled to JSON
	// Follows, when set, is the seq of the newest entry of this action
	// on this subject the change was made from (0: there was none): the
	// store appends the entry, and makes its change, only if that is
	// still the newest, and returns ErrMoved otherwise. A change made from
	// what one reader saw then cannot silently undo a change another
	// made meanwhile.
	Follows *int64
}

// ErrMoved is what a store returns for a change made from a state that
// is no longer the newest (LogDraft.Follows, SaveRules' basedOn); it
// changed nothing.
var ErrMoved = errors.New("compliance: changed since the change was made from it")

// Store persists compliance records. Every method that changes something
// appends its log entry in the same database transaction.
type Store interface {
	CreateInvestor(ctx context.Context, inv Investor, now time.Time, log LogDraft) (Investor, error)
	// UpdateInvestor loads the investor for update, applies change, bumps
	// its version and appends the entry draft returns, all at once. An
	// error from change or draft writes nothing.
	UpdateInvestor(ctx context.Context, id string, now time.Time, change func(*Investor) error, draft func(Investor) LogDraft) (Investor, error)
	// Investor returns an investor with its wallets; errs.NotFound if none.
	Investor(ctx context.Context, id string) (Investor, error)
	// Investors lists investors by id after the given one.
	Investors(ctx context.Context, after string, limit int) ([]Investor, error)
	// WalletOwner returns the investor a wallet belongs to; errs.NotFound if none.
	WalletOwner(ctx context.Context, addr common.Address) (Investor, error)

	CreateChallenge(ctx context.Context, c Challenge) (Challenge, error)
	Challenge(ctx context.Context, id int64) (Challenge, error)
	// AddWallet consumes the challenge (refusing a used or expired one),
	// links the wallet (refusing one linked already) and bumps the
	// investor's version.
	AddWallet(ctx context.Context, challengeID int64, now time.Time, log LogDraft) (Investor, error)
	// SetWalletStatus changes a wallet's status and bumps its investor's version.
	SetWalletStatus(ctx context.Context, addr common.Address, status WalletStatus, now time.Time, log LogDraft) (Investor, error)
	// ExpireKYC marks approved KYC whose expiry is not after now expired,
	// logging each, and returns the investors it changed.
	ExpireKYC(ctx context.Context, now time.Time, actor string) ([]Investor, error)
	// ExpireCategories drops every category grant whose expiry is not
	// after now from its investor (the flag and the grant, bumping the
	// version), logs each as "category.expired" and queues it as a Lapse
	// for the chain, all in one transaction; it returns the lapses.
	ExpireCategories(ctx context.Context, now time.Time, actor string) ([]Lapse, error)
	// PendingLapses lists up to limit lapses not yet cleared on chain,
	// oldest first, with their investors' wallets.
	PendingLapses(ctx context.Context, limit int) ([]Lapse, error)
	// FinishLapse marks a lapse cleared on chain.
	FinishLapse(ctx context.Context, id int64, now time.Time) error

	// SaveRules stores r as the asset's next version; with basedOn, only
	// if the version in force is still *basedOn (0: none), and ErrMoved
	// otherwise.
	SaveRules(ctx context.Context, r Rules, basedOn *int64, now time.Time, log func(Rules) LogDraft) (Rules, error)
	// Rules returns the rules in force; errs.NotFound if the asset has none.
	Rules(ctx context.Context, asset common.Address) (Rules, error)
	// RulesHistory lists versions below before (0: from the newest), newest first.
	RulesHistory(ctx context.Context, asset common.Address, before, limit int) ([]Rules, error)

	CreateIntervention(ctx context.Context, in Intervention, now time.Time, log func(Intervention) LogDraft) (Intervention, error)
	// DecideIntervention loads the intervention for update and applies
	// decide, which may refuse.
	DecideIntervention(ctx context.Context, id int64, now time.Time, decide func(*Intervention) error, log func(Intervention) LogDraft) (Intervention, error)
	Intervention(ctx context.Context, id int64) (Intervention, error)
	// Interventions lists interventions with id below before (0: from the newest).
	Interventions(ctx context.Context, before int64, limit int) ([]Intervention, error)

	// StartReconciliation numbers a new reconciliation run.
	StartReconciliation(ctx context.Context) (int64, error)
	// FinishReconciliation stores a run's report and appends log, unless
	// nil (a run that repaired nothing).
	FinishReconciliation(ctx context.Context, id int64, report string, now time.Time, log *LogDraft) error

	// CreateKYCKeyRequest stores a pending KYC key request; a second
	// pending request for the same signer is a Conflict.
	CreateKYCKeyRequest(ctx context.Context, r KYCKeyRequest, now time.Time, log func(KYCKeyRequest) LogDraft) (KYCKeyRequest, error)
	// DecideKYCKeyRequest loads the request for update and applies decide,
	// which may refuse; an approval adds or revokes the key in the same
	// transaction (Conflict if the key moved meanwhile).
	DecideKYCKeyRequest(ctx context.Context, id int64, now time.Time, decide func(*KYCKeyRequest) error, log func(KYCKeyRequest) LogDraft) (KYCKeyRequest, error)
	KYCKeyRequest(ctx context.Context, id int64) (KYCKeyRequest, error)
	// KYCKeyRequests lists requests with id below before (0: from the newest).
	KYCKeyRequests(ctx context.Context, before int64, limit int) ([]KYCKeyRequest, error)
	KYCKey(ctx context.Context, id int64) (KYCKey, error)
	// KYCKeys lists every key, active and revoked, by id.
	KYCKeys(ctx context.Context) ([]KYCKey, error)
	// ActiveKYCKey returns signer's active key; errs.NotFound if none.
	ActiveKYCKey(ctx context.Context, signer common.Address) (KYCKey, error)

	// SaveOnboardingPolicy stores p as the next version once check has
	// accepted the policy in force (version 0 with no tiers if none),
	// read under the lock that orders the versions; check's error is
	// returned as is.
	SaveOnboardingPolicy(ctx context.Context, p OnboardingPolicy, now time.Time, check func(current OnboardingPolicy) error, log func(OnboardingPolicy) LogDraft) (OnboardingPolicy, error)
	// OnboardingPolicy returns the policy in force; errs.NotFound if none.
	OnboardingPolicy(ctx context.Context) (OnboardingPolicy, error)

	// Onboard records an accepted attestation in one transaction: it
	// refuses a key revoked meanwhile (Conflict kyc_key_revoked), a used
	// hash (Conflict attestation_used) and a linked wallet (Conflict
	// wallet_onboarded); it creates fresh as a new investor, or, when the
	// provider's subject has one already, loads it for update and applies
	// join (which may refuse), unless that investor was onboarded with a
	// key revoked since (Conflict subject_needs_review); links the wallet,
	// maps the subject and appends the entry log returns.
	Onboard(ctx context.Context, o Onboarding, fresh Investor, now time.Time, join func(*Investor) error, log func(Onboarding) LogDraft) (Onboarding, Investor, error)
	Onboarding(ctx context.Context, id int64) (Onboarding, error)
	// Onboardings lists onboardings with id below before (0: from the
	// newest); pending keeps the review queue: those the policy sent to
	// review whose investor's KYC is pending.
	Onboardings(ctx context.Context, pending bool, before int64, limit int) ([]Onboarding, error)
	// WalletOnboarding returns the latest onboarding of wallet; errs.NotFound if none.
	WalletOnboarding(ctx context.Context, wallet common.Address) (Onboarding, error)

	LogReader
	// SubjectLog lists the entries of one action on one subject with seq
	// below before (0: from the newest), newest first.
	SubjectLog(ctx context.Context, action, subject string, before int64, limit int) ([]LogEntry, error)
	AppendLog(ctx context.Context, d LogDraft, now time.Time) (LogEntry, error)
}
