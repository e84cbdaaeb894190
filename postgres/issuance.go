package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// IssuanceStore implements issuance.Store.
type IssuanceStore struct {
	Pool *pgxpool.Pool
}

var _ issuance.Store = (*IssuanceStore)(nil)

const assetColumns = `id::text, kind, name, symbol, jurisdiction, currency, total_units::text, decimals, is_unique,
	attributes, rules, state, created_by, coalesce(verified_by, ''), verified_at, coalesce(chain_id::text, ''),
	token, feed, deed, dealing_payment_token, dealing_payment_decimals, dealing, created_at, updated_at`

func scanAsset(r pgx.Row) (issuance.Asset, error) {
	var (
		a                 issuance.Asset
		attrs, rules      []byte
		dec               int16
		token, feed, deed []byte
		pay, dealing      []byte
		payDec            *int16
	)
	err := r.Scan(&a.ID, &a.Kind, &a.Name, &a.Symbol, &a.Jurisdiction, &a.Currency, &a.TotalBase, &dec, &a.Unique,
		&attrs, &rules, &a.State, &a.CreatedBy, &a.VerifiedBy, &a.VerifiedAt, &a.ChainID, &token, &feed, &deed,
		&pay, &payDec, &dealing, &a.CreatedAt, &a.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, issuance.ErrNotFound
	}
	if err != nil {
		return a, err
	}
	a.Decimals = uint8(dec)
	if err := json.Unmarshal(attrs, &a.Attributes); err != nil {
		return a, err
	}
	if err := json.Unmarshal(rules, &a.Rules); err != nil {
		return a, err
	}
	a.Token, a.Feed, a.Deed = optAddr(token), optAddr(feed), optAddr(deed)
	a.DealingPaymentToken, a.Dealing = optAddr(pay), optAddr(dealing)
	if payDec != nil {
		d := uint8(*payDec)
		a.DealingPaymentDecimals = &d
	}
	a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	if a.VerifiedAt != nil {
		t := a.VerifiedAt.UTC()
		a.VerifiedAt = &t
	}
	return a, nil
}

func optAddr(b []byte) *common.Address {
	if b == nil {
		return nil
	}
	a := common.BytesToAddress(b)
	return &a
}

func addrBytes(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func optDecimals(d *uint8) *int16 {
	if d == nil {
		return nil
	}
	v := int16(*d)
	return &v
}

func nullText(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// CreateAsset implements issuance.Store: the asset and its first event.
func (s *IssuanceStore) CreateAsset(ctx context.Context, a issuance.Asset) (issuance.Asset, error) {
	attrs, _ := json.Marshal(a.Attributes)
	rules, _ := json.Marshal(a.Rules)
	var out issuance.Asset
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		out, err = scanAsset(tx.QueryRow(ctx, `
			INSERT INTO issuance_assets (id, kind, name, symbol, jurisdiction, currency, total_units, decimals, is_unique,
				attributes, rules, state, created_by, dealing_payment_token)
			VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8, $9, $10, $11, $12, $13, $14)
			RETURNING `+assetColumns,
			a.ID, a.Kind, a.Name, a.Symbol, a.Jurisdiction, a.Currency, a.TotalBase, int16(a.Decimals), a.Unique,
			attrs, rules, a.State, a.CreatedBy, addrBytes(a.DealingPaymentToken)))
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO issuance_asset_events (asset_id, to_state, actor, note) VALUES ($1, $2, $3, 'created')`,
			a.ID, a.State, a.CreatedBy)
		return err
	})
	return out, err
}

// Asset implements issuance.Store.
func (s *IssuanceStore) Asset(ctx context.Context, id string) (issuance.Asset, error) {
	return scanAsset(s.Pool.QueryRow(ctx, `SELECT `+assetColumns+` FROM issuance_assets WHERE id = $1`, id))
}

// AssetByToken implements issuance.Store.
func (s *IssuanceStore) AssetByToken(ctx context.Context, chainID *big.Int, token common.Address) (issuance.Asset, error) {
	return scanAsset(s.Pool.QueryRow(ctx, `SELECT `+assetColumns+` FROM issuance_assets WHERE chain_id = $1::numeric AND token = $2`,
		chainID.String(), token.Bytes()))
}

// AssetByFeed implements issuance.Store.
func (s *IssuanceStore) AssetByFeed(ctx context.Context, chainID *big.Int, feed common.Address) (issuance.Asset, error) {
	return scanAsset(s.Pool.QueryRow(ctx, `SELECT `+assetColumns+` FROM issuance_assets WHERE chain_id = $1::numeric AND feed = $2`,
		chainID.String(), feed.Bytes()))
}

// Assets implements issuance.Store.
func (s *IssuanceStore) Assets(ctx context.Context, after string, limit int) ([]issuance.Asset, error) {
	args := []any{limit}
	cond := ""
	if after != "" {
		cond = `WHERE (created_at, id) > (SELECT created_at, id FROM issuance_assets WHERE id = $2)`
		args = append(args, after)
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+assetColumns+` FROM issuance_assets `+cond+` ORDER BY created_at, id LIMIT $1`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Asset, error) { return scanAsset(r) })
}

// UpdateAsset implements issuance.Store. The payment token an asset deals
// in is not among what it saves: it is fixed at creation (and a trigger
// refuses changing it).
func (s *IssuanceStore) UpdateAsset(ctx context.Context, id string, change func(a *issuance.Asset) (issuance.Event, error)) (issuance.Asset, error) {
	var out issuance.Asset
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		a, err := scanAsset(tx.QueryRow(ctx, `SELECT `+assetColumns+` FROM issuance_assets WHERE id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		ev, err := change(&a)
		if err != nil {
			return err
		}
		out, err = scanAsset(tx.QueryRow(ctx, `
			UPDATE issuance_assets SET state = $2, verified_by = $3, verified_at = $4, chain_id = $5::numeric,
				token = $6, feed = $7, deed = $8, dealing = $9, dealing_payment_decimals = $10, updated_at = now()
			WHERE id = $1 RETURNING `+assetColumns,
			id, a.State, nullText(a.VerifiedBy), a.VerifiedAt, nullText(a.ChainID), addrBytes(a.Token), addrBytes(a.Feed), addrBytes(a.Deed),
			addrBytes(a.Dealing), optDecimals(a.DealingPaymentDecimals)))
		if err != nil {
			if isOracleUnique(err, "issuance_assets_token") {
				return errs.E(errs.Conflict, "token_taken", "another asset is tokenized as that token")
			}
			if isOracleUnique(err, "issuance_assets_feed") {
				return errs.E(errs.Conflict, "feed_taken", "another asset is valued by that feed")
			}
			if isOracleUnique(err, "issuance_assets_dealing") {
				return errs.E(errs.Conflict, "dealing_taken", "another asset deals through that dealing contract")
			}
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO issuance_asset_events (asset_id, from_state, to_state, actor, note) VALUES ($1, $2, $3, $4, $5)`,
			id, nullText(string(ev.From)), ev.To, ev.Actor, ev.Note)
		return err
	})
	return out, err
}

// Events implements issuance.Store.
func (s *IssuanceStore) Events(ctx context.Context, assetID string) ([]issuance.Event, error) {
	rows, err := s.Pool.Query(ctx, `SELECT id, coalesce(from_state, ''), to_state, actor, note, at
		FROM issuance_asset_events WHERE asset_id = $1 ORDER BY id`, assetID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Event, error) {
		var e issuance.Event
		err := r.Scan(&e.ID, &e.From, &e.To, &e.Actor, &e.Note, &e.At)
		e.At = e.At.UTC()
		return e, err
	})
}

const documentColumns = `d.asset_id::text, d.name, d.kind, b.content_type, b.size, b.sha256, d.uploaded_by, d.uploaded_at, coalesce(d.anchor_key, '')`

func scanDocument(r pgx.Row, extra ...any) (issuance.Document, error) {
	var d issuance.Document
	var sum []byte
	err := r.Scan(append([]any{&d.AssetID, &d.Name, &d.Kind, &d.ContentType, &d.Size, &sum, &d.UploadedBy, &d.UploadedAt, &d.AnchorKey}, extra...)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, issuance.ErrNotFound
	}
	d.SHA256 = "0x" + common.Bytes2Hex(sum)
	d.UploadedAt = d.UploadedAt.UTC()
	return d, err
}

// PutDocument implements issuance.Store.
func (s *IssuanceStore) PutDocument(ctx context.Context, d issuance.Document, content []byte) (issuance.Document, error) {
	sum := common.FromHex(d.SHA256)
	var out issuance.Document
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if err := putBlob(ctx, tx, sum, d.ContentType, content); err != nil {
			return err
		}
		var err error
		out, err = putDocument(ctx, tx, d.AssetID, d.Name, d.Kind, sum, d.UploadedBy)
		return err
	})
	return out, err
}

// putBlob stores content once per SHA-256.
func putBlob(ctx context.Context, tx pgx.Tx, sum []byte, contentType string, content []byte) error {
	_, err := tx.Exec(ctx, `INSERT INTO issuance_blobs (sha256, content_type, size, content) VALUES ($1, $2, $3, $4)
		ON CONFLICT (sha256) DO NOTHING`, sum, contentType, len(content), content)
	return err
}

// putDocument makes a stored blob the asset's current document of its
// name; the anchor is kept only when the hash did not change.
func putDocument(ctx context.Context, tx pgx.Tx, assetID, name, kind string, sum []byte, by string) (issuance.Document, error) {
	if _, err := tx.Exec(ctx, `
		INSERT INTO issuance_documents (asset_id, name, kind, sha256, uploaded_by) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (asset_id, name) DO UPDATE SET kind = EXCLUDED.kind, sha256 = EXCLUDED.sha256,
			uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now(),
			anchor_key = CASE WHEN issuance_documents.sha256 = EXCLUDED.sha256 THEN issuance_documents.anchor_key END`,
		assetID, name, kind, sum, by); err != nil {
		return issuance.Document{}, err
	}
	return scanDocument(tx.QueryRow(ctx, `SELECT `+documentColumns+` FROM issuance_documents d
		JOIN issuance_blobs b USING (sha256) WHERE d.asset_id = $1 AND d.name = $2`, assetID, name))
}

// Documents implements issuance.Store.
func (s *IssuanceStore) Documents(ctx context.Context, assetID string) ([]issuance.Document, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+documentColumns+` FROM issuance_documents d
		JOIN issuance_blobs b USING (sha256) WHERE d.asset_id = $1 ORDER BY d.name`, assetID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Document, error) { return scanDocument(r) })
}

// Document implements issuance.Store.
func (s *IssuanceStore) Document(ctx context.Context, assetID, name string) (issuance.Document, []byte, error) {
	var content []byte
	d, err := scanDocument(s.Pool.QueryRow(ctx, `SELECT `+documentColumns+`, b.content FROM issuance_documents d
		JOIN issuance_blobs b USING (sha256) WHERE d.asset_id = $1 AND d.name = $2`, assetID, name), &content)
	return d, content, err
}

// SetDocumentAnchor implements issuance.Store.
func (s *IssuanceStore) SetDocumentAnchor(ctx context.Context, assetID, name, txKey string) error {
	_, err := s.Pool.Exec(ctx, `UPDATE issuance_documents SET anchor_key = $3 WHERE asset_id = $1 AND name = $2`, assetID, name, txKey)
	return err
}

// BlobCount returns how many distinct document contents are stored.
func (s *IssuanceStore) BlobCount(ctx context.Context) (int, error) {
	var n int
	err := s.Pool.QueryRow(ctx, `SELECT count(*) FROM issuance_blobs`).Scan(&n)
	return n, err
}

// A request is read with its transaction's state, from the transaction
// manager's rows in the same statement: a page of requests is one query.
const issuanceRequestColumns = `r.id::text, r.asset_id::text, r.kind, r.wallet, r.amount::text, a.decimals, r.locked_until, r.reason,
	coalesce(r.batch_id::text, ''), r.state, r.requested_by, coalesce(r.decided_by, ''), r.decided_at, r.decision_note,
	coalesce(r.tx_key, ''), r.created_at, coalesce(t.state, ''), coalesce(t.error, ''), c.mined_hash`

const issuanceRequestFrom = ` FROM issuance_requests r JOIN issuance_assets a ON a.id = r.asset_id
	LEFT JOIN tx_requests t ON t.idempotency_key = r.tx_key LEFT JOIN chain_txs c ON c.id = t.tx_id `

func scanIssuanceRequest(row pgx.Row) (issuance.Request, error) {
	var (
		r            issuance.Request
		wallet, hash []byte
		dec          int16
	)
	err := row.Scan(&r.ID, &r.AssetID, &r.Kind, &wallet, &r.Amount, &dec, &r.LockedUntil, &r.Reason, &r.BatchID, &r.State,
		&r.RequestedBy, &r.DecidedBy, &r.DecidedAt, &r.DecisionNote, &r.TxKey, &r.CreatedAt, &r.ChainState, &r.Error, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, issuance.ErrNotFound
	}
	if err != nil {
		return r, err
	}
	r.Wallet = common.BytesToAddress(wallet)
	if h := common.BytesToHash(hash); h != (common.Hash{}) {
		r.TxHash = h.Hex()
	}
	amount, _ := new(big.Int).SetString(r.Amount, 10)
	r.Units = issuance.FormatUnits(amount, uint8(dec))
	r.OnchainID = issuance.OnchainRequestID(r.ID)
	r.CreatedAt = r.CreatedAt.UTC()
	for _, t := range []**time.Time{&r.LockedUntil, &r.DecidedAt} {
		if *t != nil {
			u := (**t).UTC()
			*t = &u
		}
	}
	return r, nil
}

// CreateRequests implements issuance.Store.
func (s *IssuanceStore) CreateRequests(ctx context.Context, rs []issuance.Request) error {
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, r := range rs {
			b.Queue(`INSERT INTO issuance_requests (id, asset_id, kind, wallet, amount, locked_until, reason, batch_id, state, requested_by, created_at)
				VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9, $10, $11)`,
				r.ID, r.AssetID, r.Kind, r.Wallet.Bytes(), r.Amount, r.LockedUntil, r.Reason, nullText(r.BatchID), r.State, r.RequestedBy, r.CreatedAt)
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// Request implements issuance.Store.
func (s *IssuanceStore) Request(ctx context.Context, id string) (issuance.Request, error) {
	return scanIssuanceRequest(s.Pool.QueryRow(ctx, `SELECT `+issuanceRequestColumns+issuanceRequestFrom+`WHERE r.id = $1`, id))
}

// Requests implements issuance.Store.
func (s *IssuanceStore) Requests(ctx context.Context, assetID string, f issuance.RequestFilter, after string, limit int) ([]issuance.Request, error) {
	args := []any{assetID, limit}
	cond := ""
	if f.BatchID != "" {
		args = append(args, f.BatchID)
		cond += fmt.Sprintf(` AND r.batch_id = $%d`, len(args))
	}
	if f.State != "" {
		args = append(args, f.State)
		cond += fmt.Sprintf(` AND r.state = $%d`, len(args))
	}
	if after != "" {
		args = append(args, after)
		cond += fmt.Sprintf(` AND (r.created_at, r.id) > (SELECT created_at, id FROM issuance_requests WHERE id = $%d)`, len(args))
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+issuanceRequestColumns+issuanceRequestFrom+`WHERE r.asset_id = $1`+cond+` ORDER BY r.created_at, r.id LIMIT $2`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Request, error) { return scanIssuanceRequest(r) })
}

// BatchStates implements issuance.Store.
func (s *IssuanceStore) BatchStates(ctx context.Context, assetID, batchID string) ([]issuance.BatchCount, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT r.state, coalesce(t.state, ''), count(*)
		FROM issuance_requests r LEFT JOIN tx_requests t ON t.idempotency_key = r.tx_key
		WHERE r.batch_id = $2 AND r.asset_id = $1
		GROUP BY 1, 2 ORDER BY 1, 2`, assetID, batchID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.BatchCount, error) {
		var c issuance.BatchCount
		err := r.Scan(&c.State, &c.ChainState, &c.N)
		return c, err
	})
}

// DecideRequest implements issuance.Store.
func (s *IssuanceStore) DecideRequest(ctx context.Context, id string, decide func(r *issuance.Request) error) (issuance.Request, error) {
	var out issuance.Request
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		r, err := scanIssuanceRequest(tx.QueryRow(ctx, `SELECT `+issuanceRequestColumns+issuanceRequestFrom+`WHERE r.id = $1 FOR UPDATE OF r`, id))
		if err != nil {
			return err
		}
		if err := decide(&r); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE issuance_requests SET state = $2, decided_by = $3, decided_at = $4, decision_note = $5, tx_key = $6
			WHERE id = $1`, id, r.State, nullText(r.DecidedBy), r.DecidedAt, r.DecisionNote, nullText(r.TxKey)); err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}

// Issued implements issuance.Store: approved requests whose transaction
// manager request is confirmed or finalized.
func (s *IssuanceStore) Issued(ctx context.Context, assetID string) (minted, burned *big.Int, err error) {
	var m, b string
	err = s.Pool.QueryRow(ctx, `
		SELECT coalesce(sum(r.amount) FILTER (WHERE r.kind = 'mint'), 0)::text,
		       coalesce(sum(r.amount) FILTER (WHERE r.kind = 'burn'), 0)::text
		FROM issuance_requests r JOIN tx_requests t ON t.idempotency_key = r.tx_key
		WHERE r.asset_id = $1 AND r.state = 'approved' AND t.state IN ('confirmed', 'finalized')`, assetID).Scan(&m, &b)
	if err != nil {
		return nil, nil, err
	}
	minted, _ = new(big.Int).SetString(m, 10)
	burned, _ = new(big.Int).SetString(b, 10)
	return minted, burned, nil
}

const proposalColumns = `p.id, p.asset_id::text, p.name, p.kind, b.content_type, b.size, b.sha256, p.proposed_by, p.proposed_at,
	p.state, coalesce(p.decided_by, ''), p.decided_at, p.note`

func scanProposal(r pgx.Row) (issuance.DocumentProposal, error) {
	var p issuance.DocumentProposal
	var sum []byte
	err := r.Scan(&p.ID, &p.AssetID, &p.Name, &p.Kind, &p.ContentType, &p.Size, &sum, &p.ProposedBy, &p.ProposedAt,
		&p.State, &p.DecidedBy, &p.DecidedAt, &p.Note)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, issuance.ErrNotFound
	}
	p.SHA256 = "0x" + common.Bytes2Hex(sum)
	p.ProposedAt = p.ProposedAt.UTC()
	return p, err
}

// ProposeDocument implements issuance.Store.
func (s *IssuanceStore) ProposeDocument(ctx context.Context, p issuance.DocumentProposal, content []byte) (issuance.DocumentProposal, error) {
	sum := common.FromHex(p.SHA256)
	var out issuance.DocumentProposal
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if err := putBlob(ctx, tx, sum, p.ContentType, content); err != nil {
			return err
		}
		var id int64
		err := tx.QueryRow(ctx, `
			INSERT INTO issuance_document_proposals (asset_id, name, kind, sha256, proposed_by) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (asset_id, name) WHERE state = 'pending' DO NOTHING
			RETURNING id`, p.AssetID, p.Name, p.Kind, sum, p.ProposedBy).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return errs.E(errs.Conflict, "proposal_pending", "document "+p.Name+" already has a proposal awaiting approval")
		}
		if err != nil {
			return err
		}
		out, err = scanProposal(tx.QueryRow(ctx, `SELECT `+proposalColumns+` FROM issuance_document_proposals p
			JOIN issuance_blobs b USING (sha256) WHERE p.id = $1`, id))
		return err
	})
	return out, err
}

// DocumentProposal implements issuance.Store.
func (s *IssuanceStore) DocumentProposal(ctx context.Context, assetID string, id int64) (issuance.DocumentProposal, error) {
	return scanProposal(s.Pool.QueryRow(ctx, `SELECT `+proposalColumns+` FROM issuance_document_proposals p
		JOIN issuance_blobs b USING (sha256) WHERE p.asset_id = $1 AND p.id = $2`, assetID, id))
}

// DocumentProposals implements issuance.Store.
func (s *IssuanceStore) DocumentProposals(ctx context.Context, assetID string) ([]issuance.DocumentProposal, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+proposalColumns+` FROM issuance_document_proposals p
		JOIN issuance_blobs b USING (sha256) WHERE p.asset_id = $1 ORDER BY p.id DESC`, assetID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.DocumentProposal, error) { return scanProposal(r) })
}

// DecideDocument implements issuance.Store.
func (s *IssuanceStore) DecideDocument(ctx context.Context, assetID string, id int64, decide func(*issuance.DocumentProposal) error) (issuance.Document, issuance.DocumentProposal, error) {
	var doc issuance.Document
	var prop issuance.DocumentProposal
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		prop, err = scanProposal(tx.QueryRow(ctx, `SELECT `+proposalColumns+` FROM issuance_document_proposals p
			JOIN issuance_blobs b USING (sha256) WHERE p.asset_id = $1 AND p.id = $2 FOR UPDATE OF p`, assetID, id))
		if err != nil {
			return err
		}
		if err := decide(&prop); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE issuance_document_proposals SET state = $2, decided_by = $3, decided_at = $4, note = $5
			WHERE id = $1`, id, prop.State, prop.DecidedBy, prop.DecidedAt, prop.Note); err != nil {
			return err
		}
		if prop.State != "approved" {
			return nil
		}
		doc, err = putDocument(ctx, tx, assetID, prop.Name, prop.Kind, common.FromHex(prop.SHA256), prop.ProposedBy)
		return err
	})
	return doc, prop, err
}
