package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/dealing"
)

// RoundAfter returns feed's first round in view observed at or after at
// (the round's startedAt), with its position; ok is false while there is
// none. A ValuationFeed refuses an observation not newer than the last, so
// the round before it was observed before at: this is the round a Dealing
// contract accepts as the NAV of a dealing day closing at at.
func (s *IndexStore) RoundAfter(ctx context.Context, chainID *big.Int, feed common.Address, at time.Time, v chain.View) (chain.ValuationRound, bool, error) {
	id, block, err := s.bound(ctx, chainID, v)
	if err != nil {
		return chain.ValuationRound{}, false, err
	}
	rows, err := s.Pool.Query(ctx, roundColumns+` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.feed = $3
		AND t.started_at >= $4 ORDER BY t.round_id LIMIT 1`, id, block, feed.Bytes(), at)
	if err != nil {
		return chain.ValuationRound{}, false, err
	}
	r, err := pgx.CollectOneRow(rows, scanRound)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.ValuationRound{}, false, nil
	}
	return r, err == nil, err
}

// IndexedThrough returns the time of the newest block the indexer has
// read on chainID (its cursor's block); zero before the first.
func (s *IndexStore) IndexedThrough(ctx context.Context, chainID *big.Int) (time.Time, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return time.Time{}, err
	}
	var t time.Time
	err = s.Pool.QueryRow(ctx, `
		SELECT b.time FROM indexer_cursors c
		JOIN indexer_blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number AND b.hash = c.block_hash
		WHERE c.chain_id = $1`, id).Scan(&t)
	if errors.Is(err, pgx.ErrNoRows) {
		return time.Time{}, nil
	}
	return t.UTC(), err
}

// DealingNAV is the dealing days' NAV source over the indexed rounds of
// one chain (the latest view: the Dealing contract checks the round on
// chain again when the book is fulfilled) and the feeds' recorded
// decimals.
type DealingNAV struct {
	Index       *IndexStore
	Deployments *Deployments
	ChainID     *big.Int
}

var _ dealing.NAVSource = DealingNAV{}

// IndexedThrough implements dealing.NAVSource.
func (n DealingNAV) IndexedThrough(ctx context.Context) (time.Time, error) {
	return n.Index.IndexedThrough(ctx, n.ChainID)
}

// RoundAfter implements dealing.NAVSource.
func (n DealingNAV) RoundAfter(ctx context.Context, feed common.Address, cutoff time.Time) (dealing.Round, bool, error) {
	r, ok, err := n.Index.RoundAfter(ctx, n.ChainID, feed, cutoff, chain.ViewLatest)
	if err != nil || !ok {
		return dealing.Round{}, false, err
	}
	if !r.RoundID.IsUint64() {
		return dealing.Round{}, false, fmt.Errorf("feed %s: round %s is not a uint64", feed, r.RoundID)
	}
	dec, err := n.Deployments.FeedDecimals(ctx, n.ChainID, feed)
	if err != nil {
		return dealing.Round{}, false, err
	}
	return dealing.Round{ID: r.RoundID.Uint64(), Answer: r.Answer, ObservedAt: r.StartedAt, WrittenAt: r.UpdatedAt, Decimals: dec}, true, nil
}
