// Package oracle values Tessera's assets and publishes the values on chain
// as Chainlink-compatible feeds.
//
// Live values come from registered sources only: EIP-712 signed submissions
// of registered appraisers and fund administrators (whose registration and
// revocation are four-eyes decisions), and HTTP JSON endpoints the operator
// configures. CSV imports of historical valuations are history: they are
// stored and shown, marked as imported, but never aggregated, so no caller
// can steer a feed by importing rows. Every observation is stored with its
// source, raw payload and the principal that stored it. The relay
// aggregates the fresh live observations of an asset (median, minimum
// number of sources, outlier rejection), compares the result with the round on chain
// under Chainlink's push rules (deviation threshold, heartbeat, min/max
// answer, one update in flight) and writes `transmit` through the
// transaction manager. The Reader checks any AggregatorV3Interface feed the
// way Chainlink recommends before a value is used.
//
// Money is never a float: values are integers scaled to the feed's decimals
// (*big.Int), parsed from decimal strings.
//
// The package imports no database driver and no HTTP package: postgres
// implements Store, oracle/oraclehttp fetches HTTP sources and serves the
// Chainlink External Adapter endpoint.
package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// SourceKind is the kind of source an observation came from.
type SourceKind string

// The kinds of source.
const (
	KindSigned SourceKind = "signed" // an EIP-712 submission of a registered appraiser
	KindHTTP   SourceKind = "http"   // an HTTP JSON endpoint configured by the operator, polled by the Poller
	KindCSV    SourceKind = "csv"    // a CSV import of historical valuations: history only
)

// Live reports whether observations of kind k count in an asset's value.
// Only registered sources do: appraisers' signatures and the operator's
// HTTP endpoints. Imports are history, shown but never aggregated.
func (k SourceKind) Live() bool { return k == KindSigned || k == KindHTTP }

// Observation is one value of an asset reported by one source.
type Observation struct {
	ID    int64
	Asset string
	// Source names the source: "appraiser:0x…" for signed submissions,
	// "http:<name>" for polled endpoints, "csv:<actor>" for imports (the
	// importing principal; rows stored before sources were registered
	// keep the label they were imported under). The aggregation uses one
	// (the latest) live observation per Source.
	Source     string
	Kind       SourceKind
	Value      *big.Int // scaled by 10^Decimals
	Decimals   uint8
	ObservedAt time.Time // when the value was true, as the source says
	ReceivedAt time.Time
	// Signer and Nonce are set for signed submissions.
	Signer *common.Address
	Nonce  *big.Int
	// Actor is the principal that stored the observation (auth's actor
	// format: the submitting or importing key, "system:oracle-poller");
	// empty for rows stored before it was recorded.
	Actor string
	// Raw is the payload as received: the signed message as JSON, the HTTP
	// body, the CSV row.
	Raw []byte
}

// Appraiser is a signer registered to value one asset: registered, and
// revoked, only by an approved AppraiserRequest.
type Appraiser struct {
	Address   common.Address
	Asset     string
	Name      string
	CreatedAt time.Time
	RevokedAt *time.Time
}

// Active reports whether a is allowed to submit at t.
func (a Appraiser) Active(t time.Time) bool { return a.RevokedAt == nil || t.Before(*a.RevokedAt) }

// AppraiserChange is what an appraiser request asks for.
type AppraiserChange string

// The changes an appraiser request can ask for.
const (
	ChangeRegister AppraiserChange = "register" // accept the address's signed valuations of the asset
	ChangeRevoke   AppraiserChange = "revoke"   // stop accepting them
)

// RequestState is where an appraiser request stands.
type RequestState string

// The request states: pending until an independent principal decides.
const (
	RequestPending  RequestState = "pending"
	RequestApproved RequestState = "approved"
	RequestRejected RequestState = "rejected"
)

// AppraiserRequest asks for an appraiser to be registered or revoked. It
// changes whose signed valuations move an asset's price, so it takes
// effect only once a principal independent of the requester approves it
// (auth.AppraiserDecide).
type AppraiserRequest struct {
	ID          int64
	Asset       string
	Address     common.Address
	Name        string // the appraiser's name, for a registration
	Change      AppraiserChange
	State       RequestState
	RequestedBy string // actor
	RequestedAt time.Time
	DecidedBy   string // actor; empty while pending
	DecidedAt   *time.Time
	Note        string // the decider's note
}

// PushState is where a push stands.
type PushState string

// The push states. A push is pending until its request in the transaction
// manager is done.
const (
	PushPending   PushState = "pending"
	PushConfirmed PushState = "confirmed"
	PushFailed    PushState = "failed"
)

// Push is one update the relay decided to write to a feed: the intent, the
// observations behind it and, once the transaction manager is done, the
// outcome.
type Push struct {
	ID      int64
	Asset   string
	ChainID *big.Int
	Feed    common.Address
	// IntendedRound is the round the push creates if nothing else writes
	// the feed first; with Attempt it makes the idempotency key.
	IntendedRound  *big.Int
	Attempt        int
	IdempotencyKey string
	Answer         *big.Int
	ObservedAt     time.Time
	Reason         Reason
	Previous       *big.Int // the answer on chain when decided; nil on the first round
	Calldata       []byte

	State       PushState
	RoundID     *big.Int // from the feed's AnswerUpdated event, once confirmed
	TxHash      common.Hash
	BlockNumber uint64
	GasUsed     uint64
	Error       string
	CreatedAt   time.Time
	UpdatedAt   time.Time

	// Used are the observations the answer is the median of; Rejected the
	// outliers discarded when it was computed.
	Used     []Observation
	Rejected []Observation
}

// PushResult is the outcome of a push recorded when its request is done.
type PushResult struct {
	State       PushState
	RoundID     *big.Int
	TxHash      common.Hash
	BlockNumber uint64
	GasUsed     uint64
	Error       string
	At          time.Time
}

// Store persists sources, observations and pushes. Implemented by
// postgres.OracleStore.
type Store interface {
	// Appraiser returns the registration of addr for asset, or a NotFound
	// error.
	Appraiser(ctx context.Context, addr common.Address, asset string) (Appraiser, error)
	// CreateAppraiserRequest stores r (pending). A second pending request
	// for the same address and asset is a Conflict error with code
	// CodeRequestPending.
	CreateAppraiserRequest(ctx context.Context, r AppraiserRequest) (AppraiserRequest, error)
	// AppraiserRequest returns request id, or a NotFound error.
	AppraiserRequest(ctx context.Context, id int64) (AppraiserRequest, error)
	// DecideAppraiserRequest decides request id in one transaction: it
	// locks the request, calls decide with it and the current registration
	// of its address for its asset (nil when there is none), stores what
	// decide set and, when decide approved it, applies the change at
	// DecidedAt (a registration registers or re-activates the appraiser, a
	// revocation ends it). An error from decide aborts everything.
	DecideAppraiserRequest(ctx context.Context, id int64, decide func(r *AppraiserRequest, current *Appraiser) error) (AppraiserRequest, error)
	// AppraiserRequests returns up to limit requests of asset with an id
	// below before (0: from the newest), newest first.
	AppraiserRequests(ctx context.Context, asset string, before int64, limit int) ([]AppraiserRequest, error)

	// AddSignedObservation stores o and uses its signer's nonce in one
	// transaction: a nonce already used is a Conflict error with code
	// CodeNonceUsed, and nothing is stored.
	AddSignedObservation(ctx context.Context, o Observation) (Observation, error)
	// AddObservations stores obs, skipping those whose (asset, source,
	// observed at) is already stored, and returns the stored ones.
	AddObservations(ctx context.Context, obs []Observation) ([]Observation, error)
	// FreshObservations returns the latest live observation (Kind.Live) of
	// each source of asset observed at or after since: what the relay
	// aggregates. Imported observations are never among them.
	FreshObservations(ctx context.Context, asset string, since time.Time) ([]Observation, error)
	// Observations returns up to limit observations of asset with an id
	// below before (0: from the newest), newest first.
	Observations(ctx context.Context, asset string, before int64, limit int) ([]Observation, error)

	// OpenPush returns the pending push of a feed, or a NotFound error.
	OpenPush(ctx context.Context, chainID *big.Int, feed common.Address) (Push, error)
	// NextAttempt returns the number of pushes already made for round of
	// feed (failed ones, since a feed has one pending push at most).
	NextAttempt(ctx context.Context, chainID *big.Int, feed common.Address, round *big.Int) (int, error)
	// CreatePush stores p (pending) with links to p.Used and p.Rejected. A
	// second pending push for the same feed is a Conflict error.
	CreatePush(ctx context.Context, p Push) (Push, error)
	// FinishPush records the outcome of the pending push id.
	FinishPush(ctx context.Context, id int64, r PushResult) error
	// Pushes returns up to limit pushes of asset with an id below before
	// (0: from the newest), newest first, each with its observations.
	Pushes(ctx context.Context, asset string, before int64, limit int) ([]Push, error)

	// CreateAlert stores a, unless an alert of the same feed, reason,
	// proposed value and previous round is stored already; it reports
	// whether a was new.
	CreateAlert(ctx context.Context, a Alert) (Alert, bool, error)
	// Alerts returns up to limit alerts of asset with an id below before
	// (0: from the newest), newest first.
	Alerts(ctx context.Context, asset string, before int64, limit int) ([]Alert, error)

	// CreateOverride stores o (pending). A feed with an override still
	// open (pending, approved or submitted) is a Conflict error with code
	// CodeOverrideOpen.
	CreateOverride(ctx context.Context, o Override) (Override, error)
	// Override returns override id, or a NotFound error.
	Override(ctx context.Context, id int64) (Override, error)
	// DecideOverride locks override id, calls decide with it and stores
	// the state, decider, time and note decide set, in one transaction. An
	// error from decide aborts it.
	DecideOverride(ctx context.Context, id int64, decide func(o *Override) error) (Override, error)
	// Overrides returns up to limit overrides of asset with an id below
	// before (0: from the newest), newest first.
	Overrides(ctx context.Context, asset string, before int64, limit int) ([]Override, error)
	// OpenOverride returns the approved or submitted override of a feed,
	// or a NotFound error.
	OpenOverride(ctx context.Context, chainID *big.Int, feed common.Address) (Override, error)
	// SubmitOverride marks approved override id submitted under key.
	SubmitOverride(ctx context.Context, id int64, key string) error
	// FinishOverride records the outcome of submitted override id: state
	// OverrideConfirmed or OverrideFailed, with the round, transaction,
	// block or error of r.
	FinishOverride(ctx context.Context, id int64, state OverrideState, r PushResult) error
}

// Error codes the package returns (errs.Error.Code).
const (
	CodeUnknownAsset      = "unknown_asset"
	CodeBadSignature      = "bad_signature"
	CodeNotAppraiser      = "not_appraiser"
	CodeRequestPending    = "appraiser_request_pending"
	CodeAppraiserActive   = "appraiser_registered"
	CodeAppraiserInactive = "appraiser_not_active"
	CodeAlreadyDecided    = "already_decided"
	CodeNonceUsed         = "nonce_used"
	CodeObservationExists = "observation_exists"
	CodeNotEnoughSources  = "not_enough_sources"
	CodeBadValue          = "bad_value"
	CodeFeedStale         = "feed_stale"
	CodeFeedNoRound       = "feed_no_round"
	CodeFeedNotPositive   = "feed_answer_not_positive"
	CodeFeedFuture        = "feed_updated_in_future"
)

// Feed is the configuration of one asset's feed: where its value is
// published and by which rules. The same list configures the Service (which
// assets exist) and the Relay (what to push).
type Feed struct {
	// Asset is the key the oracle files the asset's observations,
	// appraisers and pushes under: the symbol of a feed the deploy tooling
	// recorded (asset:SYM:feed, e.g. "TBILL"), or the issuance id of the
	// asset a tokenized feed belongs to.
	Asset string
	// ID is the issuance id of the asset the feed belongs to, when it was
	// tokenized through the platform: requests may name the asset by it.
	ID string
	// Symbol, when set, is the tokenized asset's symbol, which requests may
	// also name it by: set only while no other feed on record has that
	// symbol.
	Symbol   string
	Address  common.Address // the AggregatorV3Interface contract
	Decimals uint8          // of the feed's answer
	// Aggregation of the asset's observations.
	Aggregation AggregationConfig
	// Policy decides when a new value is pushed.
	Policy Policy
	// HeartbeatWarn is how long before the heartbeat the relay warns that
	// no fresh source is available; 0 means a fifth of the heartbeat.
	HeartbeatWarn time.Duration
	// Encode builds the calldata that writes answer to the feed; nil
	// encodes ValuationFeed.transmit(answer, observedAt).
	Encode func(answer *big.Int, observedAt time.Time) ([]byte, error)
}

// Check fills defaults and validates f.
func (f *Feed) Check() error {
	switch {
	case !validAsset(f.Asset):
		return fmt.Errorf("oracle: feed asset %q: want 1-64 letters, digits, '-', '_' or '.'", f.Asset)
	case f.Address == (common.Address{}):
		return fmt.Errorf("oracle: feed %s: no address", f.Asset)
	case f.Decimals > maxDecimals:
		return fmt.Errorf("oracle: feed %s: %d decimals is more than %d", f.Asset, f.Decimals, maxDecimals)
	}
	if err := f.Aggregation.Check(); err != nil {
		return fmt.Errorf("oracle: feed %s: %w", f.Asset, err)
	}
	if err := f.Policy.Check(); err != nil {
		return fmt.Errorf("oracle: feed %s: %w", f.Asset, err)
	}
	if f.HeartbeatWarn <= 0 {
		f.HeartbeatWarn = f.Policy.Heartbeat / 5
	}
	if f.Encode == nil {
		f.Encode = EncodeTransmit
	}
	return nil
}

// checkFeeds validates feeds and indexes them by asset.
func checkFeeds(feeds []Feed) (map[string]*Feed, error) {
	if len(feeds) == 0 {
		return nil, errors.New("oracle: no feeds configured")
	}
	out := make(map[string]*Feed, len(feeds))
	for i := range feeds {
		f := feeds[i]
		if err := f.Check(); err != nil {
			return nil, err
		}
		if _, dup := out[f.Asset]; dup {
			return nil, fmt.Errorf("oracle: asset %s has two feeds", f.Asset)
		}
		out[f.Asset] = &f
	}
	return out, nil
}

func validAsset(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.", r)
		if !ok {
			return false
		}
	}
	return true
}

func unknownAsset(asset string) error {
	return errs.E(errs.NotFound, CodeUnknownAsset, fmt.Sprintf("no feed for asset %q", asset))
}
