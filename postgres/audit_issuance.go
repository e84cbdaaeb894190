package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/issuance"
)

// The issuance records an audit holds the chain against: approved mint
// requests (with the transaction manager's verdict on their transaction) and
// stored document bytes.

var (
	_ audit.MintRecords     = (*AuditRecords)(nil)
	_ audit.DocumentRecords = (*AuditRecords)(nil)
)

// issuanceAsset finds a tokenized issuance asset by id or symbol on
// chainID; ok is false when none matches.
func (s *AuditRecords) issuanceAsset(ctx context.Context, chainID *big.Int, ref string) (a issuanceRef, ok bool, err error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT id::text, symbol, token, feed, decimals FROM issuance_assets
		WHERE chain_id = $1 AND token IS NOT NULL AND (symbol = $2 OR id::text = $2)`, chainID.String(), ref)
	if err != nil {
		return a, false, err
	}
	type hit struct {
		id, symbol  string
		token, feed []byte
		decimals    int16
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (hit, error) {
		var h hit
		return h, r.Scan(&h.id, &h.symbol, &h.token, &h.feed, &h.decimals)
	})
	switch {
	case err != nil:
		return a, false, err
	case len(hits) == 0:
		return a, false, nil
	case len(hits) > 1:
		return a, false, fmt.Errorf("%w: %d tokenized assets are called %q on chain %s: name one by its id", audit.ErrUnknownAsset, len(hits), ref, chainID)
	}
	h := hits[0]
	a = issuanceRef{id: h.id, symbol: h.symbol, token: common.BytesToAddress(h.token), decimals: uint8(h.decimals)}
	if h.feed != nil {
		f := common.BytesToAddress(h.feed)
		a.feed = &f
	}
	return a, true, nil
}

// issuanceRef is what the audit reads of an issuance asset.
type issuanceRef struct {
	id, symbol string
	token      common.Address
	feed       *common.Address
	decimals   uint8
}

// deploymentBlock returns the block address was deployed in on chainID, or
// 0 when no deployment records it (a scan then starts at genesis).
func (s *AuditRecords) deploymentBlock(ctx context.Context, chainID *big.Int, addr common.Address) (uint64, error) {
	var b *int64
	err := s.Pool.QueryRow(ctx, `SELECT min(block_number) FROM chain_deployments WHERE chain_id = $1 AND address = $2`,
		chainID.String(), addr.Bytes()).Scan(&b)
	if err != nil || b == nil {
		return 0, err
	}
	return uint64(*b), nil
}

// ApprovedMints implements audit.MintRecords: the asset's approved mint and
// burn requests, confirmed once the transaction manager saw their transaction
// confirmed.
func (s *AuditRecords) ApprovedMints(ctx context.Context, chainID *big.Int, a audit.Asset) ([]audit.ApprovedMint, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT r.id::text, r.kind, r.wallet, r.amount::text, coalesce(q.state, ''), t.block_number
		FROM issuance_requests r
		JOIN issuance_assets a ON a.id = r.asset_id
		LEFT JOIN tx_requests q ON q.idempotency_key = r.tx_key
		LEFT JOIN chain_txs t ON t.id = q.tx_id
		WHERE a.chain_id = $1 AND a.token = $2 AND r.state = 'approved'
		ORDER BY r.created_at, r.id`, chainID.String(), a.Token.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (audit.ApprovedMint, error) {
		var (
			id, kind, amount, state string
			wallet                  []byte
			block                   *int64
		)
		if err := r.Scan(&id, &kind, &wallet, &amount, &state, &block); err != nil {
			return audit.ApprovedMint{}, err
		}
		amt, err := parseNumeric(amount)
		m := audit.ApprovedMint{RequestID: issuance.OnchainRequestID(id), To: common.BytesToAddress(wallet), Amount: amt, Burn: kind == "burn",
			Confirmed: state == "confirmed" || state == "finalized"}
		if m.Confirmed && block != nil {
			m.ConfirmedAt = uint64(*block)
		}
		return m, err
	})
}

// Documents implements audit.DocumentRecords: each of the asset's current
// documents with its stored bytes.
func (s *AuditRecords) Documents(ctx context.Context, chainID *big.Int, a audit.Asset) ([]audit.Document, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT d.name, b.content
		FROM issuance_documents d
		JOIN issuance_assets a ON a.id = d.asset_id
		JOIN issuance_blobs b ON b.sha256 = d.sha256
		WHERE a.chain_id = $1 AND a.token = $2
		ORDER BY d.name`, chainID.String(), a.Token.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (audit.Document, error) {
		var (
			d    audit.Document
			name string
		)
		if err := r.Scan(&name, &d.Content); err != nil {
			return d, err
		}
		if len(name) > 32 {
			return d, errors.New("document name " + name + " is longer than an ERC-1643 name")
		}
		copy(d.Name[:], name) // as issuance anchors it
		return d, nil
	})
}
