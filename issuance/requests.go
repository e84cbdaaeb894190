package issuance

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"

	"go.opentelemetry.io/otel/attribute"
)

// RequestKind is what a request does on chain.
type RequestKind string

// The kinds of request: a mint issues units to an investor's wallet, a
// burn redeems them.
const (
	MintKind RequestKind = "mint"
	BurnKind RequestKind = "burn"
)

// Decision states of a request. Only approved requests reach the chain;
// ChainState then follows the transaction.
const (
	Pending  = "pending"
	Approved = "approved"
	Rejected = "rejected"
)

// Request is a mint or burn request under four-eyes approval.
type Request struct {
	ID           string         `json:"id"`
	AssetID      string         `json:"asset_id"`
	Kind         RequestKind    `json:"kind"`
	Wallet       common.Address `json:"wallet"`
	Amount       string         `json:"amount"` // base units
	Units        string         `json:"units"`  // whole units with decimals
	LockedUntil  *time.Time     `json:"locked_until,omitempty"`
	Reason       string         `json:"reason,omitempty"`
	BatchID      string         `json:"batch_id,omitempty"`
	State        string         `json:"state"` // pending, approved, rejected
	RequestedBy  string         `json:"requested_by"`
	DecidedBy    string         `json:"decided_by,omitempty"`
	DecidedAt    *time.Time     `json:"decided_at,omitempty"`
	DecisionNote string         `json:"decision_note,omitempty"`
	// OnchainID is the bytes32 request id the token records (Issued /
	// Redeemed event) and refuses to see twice.
	OnchainID  common.Hash `json:"onchain_id"`
	TxKey      string      `json:"tx_key,omitempty"`
	ChainState string      `json:"chain_state,omitempty"` // the transaction manager's state once approved
	TxHash     string      `json:"tx_hash,omitempty"`
	Error      string      `json:"error,omitempty"`
	CreatedAt  time.Time   `json:"created_at"`
}

// NewRequest is what an issuer sends to request a mint or a burn.
type NewRequest struct {
	Wallet      string     `json:"wallet"`
	Amount      string     `json:"amount"` // whole units, e.g. "250" or "12.5"
	LockedUntil *time.Time `json:"locked_until,omitempty"`
	Reason      string     `json:"reason,omitempty"`
}

// OnchainRequestID is the bytes32 id a request carries on chain.
func OnchainRequestID(requestID string) common.Hash {
	return crypto.Keccak256Hash([]byte("tessera:issuance:" + requestID))
}

// Restriction is a compliance refusal read from the token.
type Restriction struct {
	Code    uint8  `json:"code"`
	Message string `json:"message"`
}

func (s *Service) parseRequest(a Asset, kind RequestKind, n NewRequest) (Request, error) {
	if !address.Valid(n.Wallet) || common.HexToAddress(n.Wallet) == (common.Address{}) {
		return Request{}, invalid("invalid_wallet", fmt.Sprintf("wallet %q must be a 0x-prefixed 20-byte address", n.Wallet))
	}
	amount, err := ParseUnits(n.Amount, a.Decimals)
	if err != nil {
		return Request{}, err
	}
	if len(n.Reason) > 500 {
		return Request{}, invalid("invalid_reason", "reason must have at most 500 characters")
	}
	if n.LockedUntil != nil {
		if kind != MintKind {
			return Request{}, invalid("invalid_lockup", "only mints carry a lock-up")
		}
		if !n.LockedUntil.After(s.cfg.Now()) {
			return Request{}, invalid("invalid_lockup", "locked_until must be in the future")
		}
	}
	id := NewID()
	return Request{
		ID: id, AssetID: a.ID, Kind: kind, Wallet: common.HexToAddress(n.Wallet), Amount: amount.String(),
		Units: FormatUnits(amount, a.Decimals), LockedUntil: n.LockedUntil, Reason: n.Reason, State: Pending,
		OnchainID: OnchainRequestID(id), CreatedAt: s.cfg.Now().UTC(),
	}, nil
}

// precheck checks a new request: a mint against the asset's total units
// with every pending and approved mint counted (checkTotalUnits), then the
// token's compliance rules (restricted).
func (s *Service) precheck(ctx context.Context, a Asset, r Request) error {
	if r.Kind == MintKind {
		amount, _ := new(big.Int).SetString(r.Amount, 10)
		if err := s.checkTotalUnits(ctx, a, amount); err != nil {
			return err
		}
	}
	return s.restricted(ctx, a, r)
}

// restricted asks the token whether the request would pass: for a mint,
// detectTransferRestriction(0, wallet, amount); for a burn, the wallet's
// balance. A refusal is an Unprocessable error with code
// transfer_restricted (or insufficient_balance) and the token's message.
func (s *Service) restricted(ctx context.Context, a Asset, r Request) error {
	amount, _ := new(big.Int).SetString(r.Amount, 10)
	if r.Kind == BurnKind {
		out, err := s.call(ctx, *a.Token, tokenABI.PackBalanceOf(r.Wallet))
		if err != nil {
			return fmt.Errorf("balanceOf: %w", err)
		}
		bal, err := tokenABI.UnpackBalanceOf(out)
		if err != nil {
			return err
		}
		if bal.Cmp(amount) < 0 {
			return errs.E(errs.Unprocessable, "insufficient_balance", fmt.Sprintf("wallet %s holds %s base units, fewer than %s", r.Wallet.Hex(), bal, amount))
		}
		return nil
	}
	out, err := s.call(ctx, *a.Token, tokenABI.PackDetectTransferRestriction(common.Address{}, r.Wallet, amount))
	if err != nil {
		return fmt.Errorf("detectTransferRestriction: %w", err)
	}
	code, err := tokenABI.UnpackDetectTransferRestriction(out)
	if err != nil || code == 0 {
		return err
	}
	msg := "refused"
	if out, err := s.call(ctx, *a.Token, tokenABI.PackMessageForTransferRestriction(code)); err == nil {
		if m, err := tokenABI.UnpackMessageForTransferRestriction(out); err == nil {
			msg = m
		}
	}
	return errs.E(errs.Unprocessable, "transfer_restricted", fmt.Sprintf("restriction 0x%02X: %s (wallet %s)", code, msg, r.Wallet.Hex()))
}

// RequestMint (or burn, with kind) records a pending request after
// checking it against the token's compliance rules; a refused request is
// not stored.
func (s *Service) RequestMint(ctx context.Context, p auth.Principal, assetID string, kind RequestKind, n NewRequest) (Request, error) {
	if err := auth.Authorize(p, auth.MintRequest); err != nil {
		return Request{}, err
	}
	return traced(ctx, "issuance.RequestMint", []attribute.KeyValue{attribute.String("issuance.asset_id", assetID), attribute.String("issuance.kind", string(kind))}, func(ctx context.Context) (Request, error) {
		return s.requestMint(ctx, p.Actor(), assetID, kind, n)
	})
}

func (s *Service) requestMint(ctx context.Context, actor, assetID string, kind RequestKind, n NewRequest) (Request, error) {
	a, err := s.needState(ctx, assetID, Tokenized, Active)
	if err != nil {
		return Request{}, err
	}
	r, err := s.parseRequest(a, kind, n)
	if err != nil {
		return Request{}, err
	}
	if err := s.precheck(ctx, a, r); err != nil {
		return Request{}, err
	}
	r.RequestedBy = actor
	if err := s.cfg.Store.CreateRequests(ctx, []Request{r}); err != nil {
		return Request{}, err
	}
	return r, nil
}

// RowError is a bad row of a bulk request; Row counts from 1 and includes
// the header when there is one. Row 0 is the file as a whole (rows that
// together would exceed the asset's total units).
type RowError struct {
	Row     int    `json:"row"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// BulkResult is the outcome of a bulk request: all rows stored as one
// batch, or none with every row's error.
type BulkResult struct {
	BatchID  string     `json:"batch_id,omitempty"`
	Rows     int        `json:"rows"`
	Accepted int        `json:"accepted"`
	Errors   []RowError `json:"errors"`
}

// MaxBulkRows bounds a bulk request.
const MaxBulkRows = 5000

// RequestBulk reads CSV rows "wallet,amount" (an optional header row
// naming them) and stores one pending mint per row as a batch. It is all
// or nothing: when any row is invalid or refused by compliance, nothing is
// stored and every bad row is reported with its row number.
func (s *Service) RequestBulk(ctx context.Context, p auth.Principal, assetID, text, reason string) (BulkResult, error) {
	if err := auth.Authorize(p, auth.MintRequest); err != nil {
		return BulkResult{}, err
	}
	actor := p.Actor()
	a, err := s.needState(ctx, assetID, Tokenized, Active)
	if err != nil {
		return BulkResult{}, err
	}
	rows, err := readBulkCSV(text)
	if err != nil {
		return BulkResult{}, err
	}
	res := BulkResult{Rows: len(rows), Errors: []RowError{}}
	var rs []Request
	batch := NewID()
	seen := map[common.Address]int{}
	for _, br := range rows {
		row, rec := br.Row, br.Fields
		if len(rec) != 2 {
			res.Errors = append(res.Errors, RowError{row, "invalid_row", "a row is wallet,amount"})
			continue
		}
		r, err := s.parseRequest(a, MintKind, NewRequest{Wallet: rec[0], Amount: rec[1], Reason: reason})
		if err == nil {
			if prev, dup := seen[r.Wallet]; dup {
				err = invalid("duplicate_wallet", fmt.Sprintf("wallet already on row %d", prev))
			} else {
				seen[r.Wallet] = row
				err = s.precheck(ctx, a, r)
			}
		}
		if err != nil {
			e := errs.As(err)
			if e == nil {
				return BulkResult{}, err
			}
			res.Errors = append(res.Errors, RowError{row, e.Code, e.Message})
			continue
		}
		r.BatchID, r.RequestedBy = batch, actor
		rs = append(rs, r)
	}
	if res.Rows == 0 {
		return BulkResult{}, invalid("empty_csv", "the CSV has no rows")
	}
	if len(res.Errors) == 0 {
		sum := new(big.Int)
		for _, r := range rs {
			v, _ := new(big.Int).SetString(r.Amount, 10)
			sum.Add(sum, v)
		}
		if err := s.checkTotalUnits(ctx, a, sum); err != nil {
			e := errs.As(err)
			if e == nil {
				return BulkResult{}, err
			}
			// Row 0: the file as a whole.
			res.Errors = append(res.Errors, RowError{0, e.Code, "all rows together: " + e.Message})
		}
	}
	if len(res.Errors) > 0 {
		return res, nil
	}
	if err := s.cfg.Store.CreateRequests(ctx, rs); err != nil {
		return BulkResult{}, err
	}
	res.BatchID, res.Accepted = batch, len(rs)
	return res, nil
}

// Progress counts a batch's requests by decision and chain state.
type Progress struct {
	BatchID string         `json:"batch_id"`
	Total   int            `json:"total"`
	States  map[string]int `json:"states"` // pending, rejected, and for approved requests their chain state
	Done    bool           `json:"done"`
}

// BatchCount is how many requests of a batch are in one decision state
// and, for approved ones, one transaction state ("" until the transaction
// manager has the request).
type BatchCount struct {
	State      string
	ChainState string
	N          int
}

// BatchProgress reports a bulk request's progress.
func (s *Service) BatchProgress(ctx context.Context, assetID, batchID string) (Progress, error) {
	if !ValidID(assetID) {
		return Progress{}, notFound("asset", assetID)
	}
	var counts []BatchCount
	if ValidID(batchID) {
		var err error
		if counts, err = s.cfg.Store.BatchStates(ctx, assetID, batchID); err != nil {
			return Progress{}, err
		}
	}
	if len(counts) == 0 {
		// No such batch; and the asset? Asked only now, so that a batch
		// that exists costs one statement.
		if _, err := s.Asset(ctx, assetID); err != nil {
			return Progress{}, err
		}
		return Progress{}, notFound("batch", batchID)
	}
	p := Progress{BatchID: batchID, States: map[string]int{}, Done: true}
	for _, c := range counts {
		st := c.State
		if st == Approved {
			st = c.ChainState
		}
		p.Total += c.N
		p.States[st] += c.N
		if st == Pending || (c.State == Approved && !txmgr.State(c.ChainState).Done()) {
			p.Done = false
		}
	}
	return p, nil
}

// withChain fills the transaction state of an approved request.
func (s *Service) withChain(ctx context.Context, r Request) Request {
	if r.TxKey == "" {
		return r
	}
	tr, err := s.cfg.TxLookup.Request(ctx, r.TxKey)
	if err != nil {
		return r
	}
	r.ChainState, r.Error = string(tr.State), tr.Error
	if tr.TxHash != (common.Hash{}) {
		r.TxHash = tr.TxHash.Hex()
	}
	return r
}

// RequestFilter narrows a list of requests; zero fields match all.
type RequestFilter struct {
	BatchID string // one bulk request
	State   string // pending (an approver's queue), approved or rejected
}

// Request returns a request with its chain state.
func (s *Service) Request(ctx context.Context, id string) (Request, error) {
	if !ValidID(id) {
		return Request{}, notFound("request", id)
	}
	r, err := s.cfg.Store.Request(ctx, id)
	if err != nil {
		return Request{}, wrapNotFound(err, "request", id)
	}
	return r, nil
}

// Requests lists an asset's requests with their transactions' states: a
// page is one statement (two when it is empty, to tell an unknown asset).
func (s *Service) Requests(ctx context.Context, assetID string, f RequestFilter, after string, limit int) ([]Request, error) {
	var bad error
	if f.BatchID != "" && !ValidID(f.BatchID) {
		bad = invalid("invalid_batch", "batch must be a batch id")
	}
	if f.State != "" && f.State != Pending && f.State != Approved && f.State != Rejected {
		bad = invalid("invalid_state_filter", "state is pending, approved or rejected")
	}
	if !ValidID(assetID) || bad != nil {
		if _, err := s.Asset(ctx, assetID); err != nil {
			return nil, err
		}
		return nil, bad
	}
	rs, err := s.cfg.Store.Requests(ctx, assetID, f, after, limit)
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		if _, err := s.Asset(ctx, assetID); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

// Approve approves a pending request on p's behalf (four-eyes: p must be
// independent of the requester, auth.MintDecide), checks it against
// compliance once more and submits it to the transaction manager under
// "issuance:request:<id>". A mint is decided under its asset's lock: it
// reserves its units, and is refused (exceeds_total_units) when the units
// out, those other approved mints reserve and its own would exceed the
// asset's total units. The lock-up of the token's compliance rules is the
// token's initial lock-up: the token itself locks every mint until its
// block's time plus the lock-up (raising any shorter lock), so a mint
// carries only its own locked_until (mintLocked), and mints without one
// are batched with other queued mints of the token. Only on a token whose
// initial lock-up is shorter than the rules' (rules set before the token
// kept it) is a mint locked until the approval time plus the rules'
// lock-up, as before.
func (s *Service) Approve(ctx context.Context, p auth.Principal, id, note string) (Request, error) {
	if err := auth.Authorize(p, auth.MintDecide); err != nil {
		return Request{}, err
	}
	return traced(ctx, "issuance.Approve", []attribute.KeyValue{attribute.String("issuance.request_id", id)}, func(ctx context.Context) (Request, error) {
		return s.approve(ctx, p, id, note)
	})
}

func (s *Service) approve(ctx context.Context, p auth.Principal, id, note string) (Request, error) {
	r, err := s.Request(ctx, id)
	if err != nil {
		return Request{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.MintDecide, p, r.RequestedBy); err != nil {
		return Request{}, err
	}
	actor := p.Actor()
	a, err := s.Asset(ctx, r.AssetID)
	if err != nil {
		return Request{}, err
	}
	if r.State == Approved && r.TxKey != "" && r.ChainState == "" {
		// Approved, but a crash came before the transaction manager stored
		// it: send it now, under the same key.
		return s.submitApproved(ctx, a, r)
	}
	if err := s.checkDecision(r, actor); err != nil {
		return Request{}, err
	}
	if a.Token == nil || (a.State != Tokenized && a.State != Active) {
		return Request{}, errs.E(errs.Conflict, "invalid_state", "asset "+a.ID+" is "+string(a.State))
	}
	if err := s.restricted(ctx, a, r); err != nil {
		return Request{}, err
	}
	tx, err := s.txRequest(a, r)
	if err != nil {
		return Request{}, err
	}
	lockup, err := s.offChainLockup(ctx, *a.Token)
	if err != nil {
		return Request{}, err
	}
	// The chain is read before the decision's transaction, which then
	// holds its locks only for the database's work.
	l0, err := s.cfg.Store.Ledger(ctx, a.ID)
	if err != nil {
		return Request{}, err
	}
	cs, err := s.readUnits(ctx, a, l0)
	if err != nil {
		return Request{}, err
	}
	r, err = s.cfg.Store.DecideLocked(ctx, id, func(r *Request, l Ledger) error {
		if err := s.checkDecision(*r, actor); err != nil {
			return err
		}
		now := s.cfg.Now().UTC()
		if r.Kind == MintKind {
			amount, _ := new(big.Int).SetString(r.Amount, 10)
			if err := checkUnits(a, l, cs, amount, false); err != nil {
				return err
			}
			r.LockedUntil = lockedUntil(r.LockedUntil, now, lockup)
		}
		r.State, r.DecidedBy, r.DecidedAt, r.DecisionNote, r.TxKey = Approved, actor, &now, note, tx.IdempotencyKey
		return nil
	})
	if err != nil {
		return Request{}, err
	}
	// Submitted after the decision is stored: after a crash in between,
	// approving again sends the approved request under the same key.
	return s.submitApproved(ctx, a, r)
}

// offChainLockup is the lock-up of token's rules that the token does not
// apply itself: 0 when its initial lock-up covers it.
func (s *Service) offChainLockup(ctx context.Context, token common.Address) (time.Duration, error) {
	lockup, err := s.cfg.Store.Lockup(ctx, token)
	if err != nil || lockup == 0 {
		return lockup, err
	}
	out, err := s.call(ctx, token, tokenABI.PackExtendedRules())
	if err != nil {
		return 0, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the token's rules could not be read; try again")
	}
	x, err := tokenABI.UnpackExtendedRules(out)
	if err != nil {
		return 0, fmt.Errorf("decode extendedRules: %w", err)
	}
	if time.Duration(x.InitialLockup)*time.Second >= lockup {
		return 0, nil
	}
	return lockup, nil
}

func (s *Service) submitApproved(ctx context.Context, a Asset, r Request) (Request, error) {
	tx, err := s.txRequest(a, r)
	if err != nil {
		return Request{}, err
	}
	if _, err := s.cfg.Tx.Submit(ctx, tx); err != nil {
		return Request{}, fmt.Errorf("submit %s: %w", tx.IdempotencyKey, err)
	}
	return s.withChain(ctx, r), nil
}

func (s *Service) txRequest(a Asset, r Request) (txmgr.Request, error) {
	key := "issuance:request:" + r.ID
	amount, _ := new(big.Int).SetString(r.Amount, 10)
	token := *a.Token
	switch {
	case r.Kind == BurnKind:
		return txmgr.Request{IdempotencyKey: key, To: &token, Data: tokenABI.PackBurn(r.Wallet, amount, r.OnchainID)}, nil
	case r.LockedUntil != nil:
		return txmgr.Request{IdempotencyKey: key, To: &token,
			Data: tokenABI.PackMintLocked(r.Wallet, amount, r.OnchainID, uint64(r.LockedUntil.Unix()))}, nil
	}
	return MintOrder{Token: token, To: r.Wallet, Amount: amount, RequestID: r.OnchainID}.TxRequest(key)
}

// Reject rejects a pending request (four-eyes, as Approve); nothing
// reaches the chain.
func (s *Service) Reject(ctx context.Context, p auth.Principal, id, note string) (Request, error) {
	r, err := s.Request(ctx, id)
	if err != nil {
		return Request{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.MintDecide, p, r.RequestedBy); err != nil {
		return Request{}, err
	}
	actor := p.Actor()
	return s.cfg.Store.DecideRequest(ctx, id, func(r *Request) error {
		if err := s.checkDecision(*r, actor); err != nil {
			return err
		}
		now := s.cfg.Now().UTC()
		r.State, r.DecidedBy, r.DecidedAt, r.DecisionNote = Rejected, actor, &now, note
		return nil
	})
}

// checkDecision runs again inside the decision's transaction: the
// request must still be pending (independence was checked before).
func (s *Service) checkDecision(r Request, actor string) error {
	if r.State != Pending {
		return errs.E(errs.Conflict, "already_decided", "request "+r.ID+" is already "+r.State)
	}
	if r.RequestedBy == actor {
		return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own request")
	}
	return nil
}

// ApproveBatch approves every pending request of a batch (each one
// four-eyes, as Approve).
func (s *Service) ApproveBatch(ctx context.Context, p auth.Principal, assetID, batchID, note string) (Progress, error) {
	if err := auth.Authorize(p, auth.MintDecide); err != nil {
		return Progress{}, err
	}
	if _, err := s.BatchProgress(ctx, assetID, batchID); err != nil {
		return Progress{}, err
	}
	rs, err := s.cfg.Store.Requests(ctx, assetID, RequestFilter{BatchID: batchID}, "", MaxBulkRows+1)
	if err != nil {
		return Progress{}, err
	}
	for _, r := range rs {
		if r.State != Pending {
			continue
		}
		if _, err := s.Approve(ctx, p, r.ID, note); err != nil {
			return Progress{}, fmt.Errorf("request %s: %w", r.ID, err)
		}
	}
	return s.BatchProgress(ctx, assetID, batchID)
}

// totalSupply reads token's supply on chain at the latest block.
func (s *Service) totalSupply(ctx context.Context, token common.Address) (*big.Int, error) {
	out, err := s.call(ctx, token, tokenABI.PackTotalSupply())
	if err != nil {
		return nil, fmt.Errorf("totalSupply: %w", err)
	}
	return tokenABI.UnpackTotalSupply(out)
}
