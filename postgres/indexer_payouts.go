package postgres

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/tessera-rwa/tessera/chain"
)

// Reads of valuation rounds and distributions the indexer keeps.

const roundColumns = `SELECT ` + eventColumns + `, t.feed, t.round_id::text, t.answer::text, t.started_at,
	t.started_by, t.updated_at FROM indexer_valuations t` + blockJoin

func scanRound(r pgx.CollectableRow) (chain.ValuationRound, error) {
	var (
		v             chain.ValuationRound
		ref           = refScan{r: &v.EventRef}
		feed, by      []byte
		round, answer string
		started       pgtype.Timestamptz
	)
	if err := r.Scan(append(ref.targets(), &feed, &round, &answer, &started, &by, &v.UpdatedAt)...); err != nil {
		return v, err
	}
	ref.done()
	v.Feed, v.StartedBy, v.UpdatedAt = common.BytesToAddress(feed), common.BytesToAddress(by), v.UpdatedAt.UTC()
	if started.Valid {
		v.StartedAt = started.Time.UTC()
	}
	var err error
	if v.RoundID, err = parseNumeric(round); err != nil {
		return v, err
	}
	v.Answer, err = parseNumeric(answer)
	return v, err
}

// ValuationRounds returns up to limit rounds of feed in view, in chain
// order, after the position after (nil: from the first round).
func (s *IndexStore) ValuationRounds(ctx context.Context, chainID *big.Int, feed common.Address, v chain.View, after *chain.EventPos, limit int) ([]chain.ValuationRound, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id, at, feed.Bytes()}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.feed = $3` + p.where(&args)
	rows, err := s.Pool.Query(ctx, roundColumns+cond+p.order(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, scanRound)
}

// LatestValuation returns feed's newest round in view; ok is false before
// the first.
func (s *IndexStore) LatestValuation(ctx context.Context, chainID *big.Int, feed common.Address, v chain.View) (chain.ValuationRound, bool, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return chain.ValuationRound{}, false, err
	}
	rows, err := s.Pool.Query(ctx, roundColumns+` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.feed = $3
		ORDER BY t.block_number DESC, t.log_index DESC LIMIT 1`, id, at, feed.Bytes())
	if err != nil {
		return chain.ValuationRound{}, false, err
	}
	r, err := pgx.CollectOneRow(rows, scanRound)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.ValuationRound{}, false, nil
	}
	return r, err == nil, err
}

// Distributions returns the distributions published by distributor in
// view, by id.
func (s *IndexStore) Distributions(ctx context.Context, chainID *big.Int, distributor common.Address, v chain.View) ([]chain.PublishedDistribution, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.distributor, t.distribution_id::text, t.asset,
			t.payment_token, t.issuer, t.total::text, t.merkle_root, t.snapshot_block, t.claim_deadline
		FROM indexer_distributions t`+blockJoin+`
		WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.distributor = $3
		ORDER BY t.distribution_id`, id, at, distributor.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.PublishedDistribution, error) {
		var (
			d                           chain.PublishedDistribution
			ref                         = refScan{r: &d.EventRef}
			dist, asset, pay, iss, root []byte
			did, total                  string
			snapshot                    int64
		)
		err := r.Scan(append(ref.targets(), &dist, &did, &asset, &pay, &iss, &total, &root, &snapshot, &d.ClaimDeadline)...)
		if err != nil {
			return d, err
		}
		ref.done()
		d.Distributor, d.Asset, d.PaymentToken = common.BytesToAddress(dist), common.BytesToAddress(asset), common.BytesToAddress(pay)
		d.Issuer, d.MerkleRoot, d.SnapshotBlock = common.BytesToAddress(iss), common.BytesToHash(root), uint64(snapshot)
		d.ClaimDeadline = d.ClaimDeadline.UTC()
		if d.ID, err = parseNumeric(did); err != nil {
			return d, err
		}
		d.Total, err = parseNumeric(total)
		return d, err
	})
}

// Claims returns up to limit claims (and reclaims) of distribution
// distributionID in view, in chain order, after the position after (nil:
// from the first).
func (s *IndexStore) Claims(ctx context.Context, chainID *big.Int, distributor common.Address, distributionID *big.Int, v chain.View, after *chain.EventPos, limit int) ([]chain.Claim, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id, at, distributor.Bytes(), numeric(distributionID)}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.distributor = $3 AND t.distribution_id = $4` + p.where(&args)
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.distributor, t.distribution_id::text, t.account,
		t.amount::text, t.reclaim FROM indexer_claims t`+blockJoin+cond+p.order(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Claim, error) {
		var (
			c             chain.Claim
			ref           = refScan{r: &c.EventRef}
			dist, account []byte
			did, amount   string
		)
		if err := r.Scan(append(ref.targets(), &dist, &did, &account, &amount, &c.Reclaim)...); err != nil {
			return c, err
		}
		ref.done()
		c.Distributor, c.Account = common.BytesToAddress(dist), common.BytesToAddress(account)
		var err error
		if c.DistributionID, err = parseNumeric(did); err != nil {
			return c, err
		}
		c.Amount, err = parseNumeric(amount)
		return c, err
	})
}
