package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/chain"
)

// AuditRecords gives audits what Tessera's database holds: deployments,
// the oracle's pushes and observations, and row-by-row exports of the
// indexer's tables.
type AuditRecords struct {
	Pool *pgxpool.Pool
	// streams, when set, bounds the whole exports (no Limit) running at
	// once: each holds a pool connection for as long as its reader takes
	// (a CSV download at the client's pace), so unbounded they could take
	// every connection of a small pool from the API. Pages are bounded by
	// their limit and are not counted.
	streams chan struct{}
}

var (
	_ audit.Records       = (*AuditRecords)(nil)
	_ audit.OracleRecords = (*AuditRecords)(nil)
	_ audit.Exporter      = (*AuditRecords)(nil)
)

// ChainIDs implements audit.Records.
func (s *AuditRecords) ChainIDs(ctx context.Context) ([]*big.Int, error) {
	rows, err := s.Pool.Query(ctx, `SELECT DISTINCT chain_id::text FROM chain_deployments ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*big.Int, error) {
		var text string
		if err := r.Scan(&text); err != nil {
			return nil, err
		}
		return parseNumeric(text)
	})
}

// Asset implements audit.Records: a tokenized issuance asset named by
// symbol or id, else the deployments asset:SYM:token and asset:SYM:feed;
// the distributor is the deployment "distributor". The dealing contract is
// the deployment asset:SYM:dealing, or issuance:<id>:dealing for a
// tokenized asset (asset:SYM:dealing when the asset registered the
// development suite's asset:SYM:token).
func (s *AuditRecords) Asset(ctx context.Context, chainID *big.Int, symbol string) (audit.Asset, error) {
	if symbol == "" || strings.Contains(symbol, ":") {
		return audit.Asset{}, fmt.Errorf("%w %q on chain %s", audit.ErrUnknownAsset, symbol, chainID)
	}
	deps := &Deployments{Pool: s.Pool}
	a := audit.Asset{Symbol: symbol}
	ia, ok, err := s.issuanceAsset(ctx, chainID, symbol)
	if err != nil {
		return audit.Asset{}, err
	}
	dealingNames := []string{"asset:" + symbol + ":dealing"}
	if ok {
		dealingNames = []string{"issuance:" + ia.id + ":dealing"}
		if suite, err := deps.Deployment(ctx, chainID, "asset:"+ia.symbol+":token"); err == nil && suite.Address == ia.token {
			dealingNames = append(dealingNames, "asset:"+ia.symbol+":dealing")
		} else if err != nil && !errors.Is(err, chain.ErrNotDeployed) {
			return audit.Asset{}, err
		}
		a.Token, a.Decimals = ia.token, &ia.decimals
		if ia.feed != nil {
			a.Feed = *ia.feed
		}
	} else {
		tok, err := deps.Deployment(ctx, chainID, "asset:"+symbol+":token")
		if errors.Is(err, chain.ErrNotDeployed) {
			return audit.Asset{}, fmt.Errorf("%w %q on chain %s", audit.ErrUnknownAsset, symbol, chainID)
		}
		if err != nil {
			return audit.Asset{}, err
		}
		a.Token = tok.Address
		if f, err := deps.Deployment(ctx, chainID, "asset:"+symbol+":feed"); err == nil {
			a.Feed = f.Address
		} else if !errors.Is(err, chain.ErrNotDeployed) {
			return audit.Asset{}, err
		}
	}
	if a.TokenBlock, err = s.deploymentBlock(ctx, chainID, a.Token); err != nil {
		return audit.Asset{}, err
	}
	if a.Feed != (common.Address{}) {
		if a.FeedBlock, err = s.deploymentBlock(ctx, chainID, a.Feed); err != nil {
			return audit.Asset{}, err
		}
		switch d, err := deps.FeedDecimals(ctx, chainID, a.Feed); {
		case err == nil:
			a.FeedDecimals = &d
		case !errors.Is(err, chain.ErrNotDeployed):
			return audit.Asset{}, err
		}
	}
	for _, name := range dealingNames {
		d, err := deps.Deployment(ctx, chainID, name)
		if errors.Is(err, chain.ErrNotDeployed) {
			continue
		}
		if err != nil {
			return audit.Asset{}, err
		}
		a.Dealing, a.DealingBlock = d.Address, d.Block
		break
	}
	if dist, err := deps.Deployment(ctx, chainID, "distributor"); err == nil {
		a.Distributor, a.DistBlock = dist.Address, dist.Block
	} else if !errors.Is(err, chain.ErrNotDeployed) {
		return audit.Asset{}, err
	}
	return a, nil
}

// FeedPushes implements audit.OracleRecords: the pushes of feed that
// reached the chain or may still (pending ones, under the round they
// intend), with the observations their answer was computed from. A round
// mined moments ago is still pending here until the relay sees it
// confirmed.
func (s *AuditRecords) FeedPushes(ctx context.Context, chainID *big.Int, feed common.Address) ([]audit.FeedPush, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT p.id, coalesce(p.round_id, p.intended_round)::text, p.answer::text, p.tx_hash,
		       p.state = 'confirmed', coalesce(p.block_number, 0),
		       coalesce(array_agg(po.observation_id ORDER BY po.observation_id) FILTER (WHERE po.role = 'used'), '{}')
		FROM oracle_pushes p LEFT JOIN oracle_push_observations po ON po.push_id = p.id
		WHERE p.chain_id = $1 AND p.feed = $2 AND p.state IN ('confirmed', 'pending')
		GROUP BY p.id ORDER BY p.id`, chainID.String(), feed.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (audit.FeedPush, error) {
		var (
			p             audit.FeedPush
			round, answer string
			tx            []byte
			block         int64
		)
		if err := r.Scan(&p.PushID, &round, &answer, &tx, &p.Confirmed, &block, &p.Observations); err != nil {
			return p, err
		}
		p.Block = uint64(block)
		var err1, err2 error
		p.RoundID, err1 = parseNumeric(round)
		p.Answer, err2 = parseNumeric(answer)
		p.TxHash = common.BytesToHash(tx)
		return p, errors.Join(err1, err2)
	})
}

// exportSQL is each export's query: $1 chain, $2 contract, $3 block, then
// the cursor ($4, $5) and the limit ($6). Events come in chain order, holders
// by wallet.
var exportSQL = map[string]string{
	"holders": balancesAt + `
		SELECT '0x' || encode(wallet, 'hex'), balance::text FROM at
		WHERE balance > 0 AND wallet > $4 AND $5::bigint IS NULL ORDER BY wallet LIMIT $6`,
	"transfers": `
		SELECT block_number, log_index, tx_hash, from_address, to_address, value::text FROM indexer_transfers
		WHERE chain_id = $1 AND token = $2 AND block_number <= $3 AND (block_number, log_index) > ($4, $5)
		ORDER BY block_number, log_index LIMIT $6`,
	"mints": `
		SELECT block_number, log_index, tx_hash, request_id, to_address, amount::text FROM indexer_mints
		WHERE chain_id = $1 AND token = $2 AND block_number <= $3 AND (block_number, log_index) > ($4, $5)
		ORDER BY block_number, log_index LIMIT $6`,
	"valuations": `
		SELECT block_number, log_index, tx_hash, round_id::text, answer::text,
		       coalesce(to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ''),
		       to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
		FROM indexer_valuations
		WHERE chain_id = $1 AND feed = $2 AND block_number <= $3 AND (block_number, log_index) > ($4, $5)
		ORDER BY block_number, log_index LIMIT $6`,
	"interventions": `
		SELECT block_number, log_index, tx_hash, from_address, to_address, amount::text FROM indexer_forced_transfers
		WHERE chain_id = $1 AND token = $2 AND block_number <= $3 AND (block_number, log_index) > ($4, $5)
		ORDER BY block_number, log_index LIMIT $6`,
}

// Export implements audit.Exporter, streaming rows from one query. A whole
// export waits for one of the streams NewAuditExports allows, or ctx.
func (s *AuditRecords) Export(ctx context.Context, q audit.ExportQuery, fn func(audit.Row) error) error {
	query, ok := exportSQL[q.Kind]
	if !ok {
		return fmt.Errorf("unknown export %q", q.Kind)
	}
	if s.streams != nil && q.Limit <= 0 {
		select {
		case s.streams <- struct{}{}:
			defer func() { <-s.streams }()
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	id, err := chainKey(q.ChainID)
	if err != nil {
		return err
	}
	contract := q.Token
	if q.Kind == "valuations" {
		contract = q.Feed
	}
	limit := int64(q.Limit)
	if limit <= 0 {
		limit = 1 << 62
	}
	var args []any
	if q.Kind == "holders" {
		after := []byte{}
		if q.After != "" {
			if !common.IsHexAddress(q.After) {
				return fmt.Errorf("bad cursor %q", q.After)
			}
			after = common.HexToAddress(q.After).Bytes()
		}
		args = []any{id, contract.Bytes(), clampInt64(q.Block), after, nil, limit}
	} else {
		pos := chain.EventPos{}
		start := int64(-1)
		if q.After != "" {
			if pos, err = chain.ParseEventPos(q.After); err != nil {
				return err
			}
			start = clampInt64(pos.Block)
		}
		args = []any{id, contract.Bytes(), clampInt64(q.Block), start, int64(pos.LogIndex), limit}
	}
	rows, err := s.Pool.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		row, err := scanExport(q.Kind, rows)
		if err != nil {
			return err
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return rows.Err()
}

func scanExport(kind string, rows pgx.Rows) (audit.Row, error) {
	if kind == "holders" {
		var w, b string
		if err := rows.Scan(&w, &b); err != nil {
			return audit.Row{}, err
		}
		w = common.HexToAddress(w).Hex()
		return audit.Row{Cursor: w, Values: []string{w, b}}, nil
	}
	var (
		block    int64
		logIndex int32
		tx       []byte
		a, b     any
		rest     []string
	)
	dst := []any{&block, &logIndex, &tx, &a, &b}
	n := len(audit.RecordColumns(kind)) - 5
	rest = make([]string, n)
	for i := range rest {
		dst = append(dst, &rest[i])
	}
	if err := rows.Scan(dst...); err != nil {
		return audit.Row{}, err
	}
	vals := []string{strconv.FormatInt(block, 10), strconv.Itoa(int(logIndex)), common.BytesToHash(tx).Hex(), hexOf(a), hexOf(b)}
	vals = append(vals, rest...)
	pos := chain.EventPos{Block: uint64(block), LogIndex: uint(logIndex)}
	return audit.Row{Cursor: pos.String(), Values: vals}, nil
}

// hexOf renders a scanned address (20 bytes), hash (32 bytes) or number.
func hexOf(v any) string {
	switch x := v.(type) {
	case []byte:
		if len(x) == 32 {
			return common.BytesToHash(x).Hex()
		}
		return common.BytesToAddress(x).Hex()
	case string:
		return x
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// AuditCheckpoints keeps audit scan checkpoints in PostgreSQL, shared by the
// API's replicas.
type AuditCheckpoints struct {
	Pool *pgxpool.Pool
}

var _ audit.Checkpoints = (*AuditCheckpoints)(nil)

// LoadCheckpoint implements audit.Checkpoints.
func (s *AuditCheckpoints) LoadCheckpoint(ctx context.Context, key string) ([]byte, error) {
	var state []byte
	err := s.Pool.QueryRow(ctx, `SELECT state FROM audit_checkpoints WHERE key = $1`, key).Scan(&state)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return state, err
}

// SaveCheckpoint implements audit.Checkpoints.
func (s *AuditCheckpoints) SaveCheckpoint(ctx context.Context, key string, state []byte) error {
	_, err := s.Pool.Exec(ctx, `
		INSERT INTO audit_checkpoints (key, state) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`, key, state)
	return err
}
