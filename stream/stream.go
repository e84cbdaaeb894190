// Package stream is Tessera's live event feed over WebSocket: transfers,
// mints, burns, valuations and the contracts' upgrade trail as the indexer
// stores them, asset lifecycle changes, mint and burn requests, compliance
// interventions, compliance log entries and the oracle relay's NAV guard
// alerts. The API serves it at GET /v1/stream (signed like every /v1
// request) and the web UI at /ui/stream (operator sessions).
//
// Events are written by database triggers in the transaction that makes
// each change (migration 010), so the feed is the same whichever replica
// made the change or serves the connection. Each event carries a cursor; a
// client that reconnects with ?after=<cursor> receives every event after
// it, in order, none twice. docs/stream.md describes the protocol.
//
// A stream serves one principal: it carries only the event types the key
// may read over REST (auth.EventReads, applied in the store's query), it
// ends when the key is rotated, revoked, expires or loses those scopes,
// and one key or client address holds only so many streams.
package stream

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// Event types.
const (
	Transfer               = "transfer"                // a token or deed transfer, mints and burns included
	Mint                   = "mint"                    // AssetToken Issued: units minted for a request id
	Burn                   = "burn"                    // AssetToken Redeemed: units burnt for a request id
	Valuation              = "valuation"               // a valuation feed round (AnswerUpdated)
	Asset                  = "asset"                   // an asset's lifecycle state changed
	IssuanceRequest        = "issuance_request"        // a mint or burn request was made, approved or rejected
	ComplianceIntervention = "compliance_intervention" // a freeze, forced transfer or recovery was requested or decided
	Compliance             = "compliance"              // an entry of the compliance log
	UpgradeScheduled       = "upgrade_scheduled"       // the upgrade timelock scheduled an operation (its calls, when it may run)
	UpgradeExecuted        = "upgrade_executed"        // the upgrade timelock executed an operation
	UpgradeCancelled       = "upgrade_cancelled"       // the upgrade timelock cancelled an operation
	UpgradeDelayChanged    = "upgrade_delay_changed"   // the upgrade timelock's minimum delay changed
	ContractUpgraded       = "contract_upgraded"       // a recorded proxy's implementation changed (ERC-1967 Upgraded)
	OracleAlert            = "oracle_alert"            // the relay refused to sign a value the feed's NAV guards would refuse
	Dealing                = "dealing"                 // a Dealing contract event: a request, cancellation, pricing, fulfilment, claim or instant deal
)

// Types lists every event type.
var Types = []string{Transfer, Mint, Burn, Valuation, Asset, IssuanceRequest, ComplianceIntervention, Compliance,
	UpgradeScheduled, UpgradeExecuted, UpgradeCancelled, UpgradeDelayChanged, ContractUpgraded, OracleAlert, Dealing}

// Event is one message of the stream, sent as a api.StreamEvent. Data's
// fields depend on Type (see docs/stream.md); amounts in it are decimal
// strings of base units. Chain events that a reorganization took back are
// sent again with "removed": true in Data.
type Event struct {
	Cursor   string // resume after this event with ?after=
	ID       int64
	Type     string
	At       time.Time // when the change was committed (its transaction's start)
	AssetID  string    // the issuance asset, when the event belongs to one
	Contract string    // the token, deed or feed address, in hex
	Data     json.RawMessage
	Pos      Cursor // Cursor, parsed
}

// Wire is the event as the stream sends it.
func (e Event) Wire() api.StreamEvent {
	out := api.StreamEvent{Cursor: e.Cursor, ID: e.ID, Type: e.Type, At: e.At, AssetID: e.AssetID, Data: e.Data}
	if e.Contract != "" {
		c := common.HexToAddress(e.Contract)
		out.Contract = &c
	}
	return out
}

// Cursor is a position in the stream: the transaction id and event id of
// the last event read. The zero Cursor is the beginning.
type Cursor struct {
	Tx uint64
	ID int64
}

// String is the cursor's wire form, "<tx>-<id>".
func (c Cursor) String() string {
	return strconv.FormatUint(c.Tx, 10) + "-" + strconv.FormatInt(c.ID, 10)
}

// Less orders cursors as the stream does.
func (c Cursor) Less(o Cursor) bool {
	return c.Tx < o.Tx || (c.Tx == o.Tx && c.ID < o.ID)
}

// ParseCursor reads a cursor's wire form; "0" is the beginning.
func ParseCursor(s string) (Cursor, error) {
	if s == "0" {
		return Cursor{}, nil
	}
	txs, ids, ok := strings.Cut(s, "-")
	tx, err1 := strconv.ParseUint(txs, 10, 64)
	id, err2 := strconv.ParseInt(ids, 10, 64)
	if !ok || err1 != nil || err2 != nil || id < 0 {
		return Cursor{}, fmt.Errorf("cursor %q is not one this stream sent (want <tx>-<id>, or 0 for the beginning)", s)
	}
	return Cursor{Tx: tx, ID: id}, nil
}

// Filter selects events. As a client asks for them (Request), empty
// fields select everything; the hub then narrows Types to what the
// principal may receive (Permit), and the Store applies the result as it
// is, so a filter naming no types selects no event.
type Filter struct {
	Types    []string // event types
	AssetID  string   // an issuance asset's id
	Contract string   // a token, deed or feed address, lower-case 0x hex
	// Match, when set, passes over the events it refuses after they are
	// read (WalletEvents): for what the store cannot select.
	Match func(Event) bool
}

// WalletTypes are the event types a wallet's stream may carry.
var WalletTypes = []string{"transfer", "mint", "burn", "dealing", "valuation"}

// WalletEvents admits a wallet's own events: the transfers, mints and
// burns it is a party to, the dealing events naming it as controller or
// owner, and the valuations of the assets (issuance ids) it held when the
// stream opened. Nothing else reaches an investor's stream.
func WalletEvents(wallet common.Address, held []string) func(Event) bool {
	me := strings.ToLower(wallet.Hex())
	return func(e Event) bool {
		if e.Type == "valuation" {
			return e.AssetID != "" && slices.Contains(held, e.AssetID)
		}
		var d struct{ From, To, Controller, Owner string }
		if json.Unmarshal(e.Data, &d) != nil {
			return false
		}
		for _, a := range []string{d.From, d.To, d.Controller, d.Owner} {
			if strings.EqualFold(a, me) {
				return true
			}
		}
		return false
	}
}

// Request is what a client asks for: where to start and what to receive.
type Request struct {
	After  *Cursor // nil: from the newest readable event (Store.Head) on
	Filter Filter
}

var (
	uuidRE    = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	addressRE = regexp.MustCompile(`^0x[0-9a-f]{40}$`)
)

// ParseRequest reads ?after=, ?types= (comma-separated) and ?asset= (an
// asset id or a contract address). Every refusal names the parameter.
func ParseRequest(q url.Values) (Request, error) {
	var req Request
	for name := range q {
		switch name {
		case "after", "types", "asset":
		default:
			return req, errs.E(errs.Invalid, "invalid_query", "unknown parameter "+name+"; the stream takes after, types and asset")
		}
	}
	if s := q.Get("after"); s != "" {
		c, err := ParseCursor(s)
		if err != nil {
			return req, errs.E(errs.Invalid, "invalid_cursor", "after: "+err.Error())
		}
		req.After = &c
	}
	if s := q.Get("types"); s != "" {
		for _, t := range strings.Split(s, ",") {
			t = strings.TrimSpace(t)
			if !slices.Contains(Types, t) {
				return req, errs.E(errs.Invalid, "invalid_query", fmt.Sprintf("types: unknown event type %q; known: %s", t, strings.Join(Types, ", ")))
			}
			if !slices.Contains(req.Filter.Types, t) {
				req.Filter.Types = append(req.Filter.Types, t)
			}
		}
	}
	if s := strings.ToLower(q.Get("asset")); s != "" {
		switch {
		case uuidRE.MatchString(s):
			req.Filter.AssetID = s
		case addressRE.MatchString(s):
			req.Filter.Contract = s
		default:
			return req, errs.E(errs.Invalid, "invalid_query", "asset: want an asset id (UUID) or a contract address (0x and 40 hex digits)")
		}
	}
	return req, nil
}

// Permit narrows f to the event types p may receive (auth.EventTypes):
// every one of them when f names none. A type f names that p may not
// receive is refused (403 event_type_forbidden, naming it and the scopes
// that may), never silently dropped, so a client never mistakes "none
// happened" for "none shown".
func Permit(p auth.Principal, f Filter) (Filter, error) {
	allowed := auth.EventTypes(p)
	if len(allowed) == 0 {
		return f, errs.E(errs.Forbidden, "missing_scope", "this key may receive no event type: the stream needs a key with one of the scopes "+scopesOf(auth.StreamRead))
	}
	if len(f.Types) == 0 {
		f.Types = allowed
		return f, nil
	}
	var refused []string
	for _, t := range f.Types {
		if !slices.Contains(allowed, t) {
			refused = append(refused, t+" (scopes "+scopesOf(auth.EventReads[t])+")")
		}
	}
	if len(refused) > 0 {
		return f, errs.E(errs.Forbidden, "event_type_forbidden", "types: this key may not receive "+strings.Join(refused, ", ")+
			"; it may receive "+strings.Join(allowed, ", "))
	}
	return f, nil
}

func scopesOf(a auth.Action) string {
	r, _ := auth.RuleOf(a)
	names := make([]string, len(r.Scopes))
	for i, s := range r.Scopes {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

// Page is one read of the store.
type Page struct {
	Events []Event
	// Next is where the following read starts: after the last event, or
	// further on when the events the filter skipped reach further, so a
	// narrow filter does not read again what it skipped.
	Next Cursor
	// More reports that the limit cut the read short: read again at once.
	More bool
	// Pending reports that a newer event the filter selects exists but is
	// not readable yet (an older transaction is still running).
	Pending bool
}

// Store reads the events the triggers wrote (postgres.StreamStore).
type Store interface {
	// Events returns up to limit events that f selects after the cursor,
	// in stream order, only those no running transaction can precede.
	// The store applies f itself (in its query), Types included: a
	// filter naming no types selects nothing.
	Events(ctx context.Context, after Cursor, f Filter, limit int) (Page, error)
	// Head is the cursor of the newest readable event.
	Head(ctx context.Context) (Cursor, error)
	// Horizon is the newest cursor whose event retention has deleted.
	Horizon(ctx context.Context) (Cursor, error)
	// Listen reports the store's notifications to n until ctx ends or the
	// connection fails.
	Listen(ctx context.Context, n Notify) error
}

// Notify receives what Store.Listen hears. Every field is required.
type Notify struct {
	// Listening is called each time listening starts: a notification
	// sent before then may have been missed.
	Listening func()
	// Committed is called after each commit that wrote events.
	Committed func()
	// KeyChanged is called with the id of an API key that was rotated or
	// revoked (postgres.KeyChannel).
	KeyChanged func(keyID string)
}
