package postgres

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
)

// insertUndecodable records the logs the indexer could not decode. They
// are rare (none from Tessera's own contracts), so one statement each;
// their topics are an array per row, which unnest cannot carry.
func insertUndecodable(ctx context.Context, tx pgx.Tx, id int64, logs []chain.UndecodableLog) error {
	for _, l := range logs {
		topics := make([][]byte, len(l.Topics))
		for k, t := range l.Topics {
			topics[k] = t.Bytes()
		}
		data := l.Data
		if data == nil {
			data = []byte{}
		}
		_, err := tx.Exec(ctx, `
			INSERT INTO indexer_undecodable_logs
				(chain_id, block_number, log_index, block_hash, tx_hash, address, contract, topics, data, error)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			ON CONFLICT DO NOTHING`,
			id, clampInt64(l.Block), int32(l.LogIndex), l.BlockHash.Bytes(), l.TxHash.Bytes(), l.Address.Bytes(),
			l.Contract, topics, data, l.Error)
		if err != nil {
			return fmt.Errorf("store undecodable log: %w", err)
		}
	}
	return nil
}

// UndecodableLogs lists the logs the indexer recorded as undecodable on
// chainID, in chain order, after the position after (nil: from the start),
// up to limit (at most MaxPage).
func (s *IndexStore) UndecodableLogs(ctx context.Context, chainID *big.Int, after *chain.EventPos, limit int) ([]chain.UndecodableLog, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id}
	q := `SELECT ` + eventColumns + `, t.address, t.contract, t.topics, t.data, t.error
		FROM indexer_undecodable_logs t` + blockJoin + ` WHERE t.chain_id = $1` + p.where(&args) + p.order()
	rows, err := s.Pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.UndecodableLog, error) {
		var (
			l      chain.UndecodableLog
			addr   []byte
			topics [][]byte
		)
		ref := refScan{r: &l.EventRef}
		if err := r.Scan(append(ref.targets(), &addr, &l.Contract, &topics, &l.Data, &l.Error)...); err != nil {
			return l, err
		}
		ref.done()
		l.Address = common.BytesToAddress(addr)
		for _, t := range topics {
			l.Topics = append(l.Topics, common.BytesToHash(t))
		}
		return l, nil
	})
}
