package postgres

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
)

// Reads of the upgrade trail the indexer keeps: timelock operations and
// proxy upgrades, in chain order.

// TimelockCalls returns the scheduled and executed calls of every followed
// timelock in view, in chain order.
func (s *IndexStore) TimelockCalls(ctx context.Context, chainID *big.Int, v chain.View) ([]chain.TimelockCall, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.timelock, t.operation, t.call_index, t.executed, t.target,
			t.value::text, t.data, t.implementation, t.predecessor, t.delay::text
		FROM indexer_timelock_calls t`+blockJoin+`
		WHERE t.chain_id = $1 AND t.block_number <= $2 ORDER BY t.block_number, t.log_index`, id, at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.TimelockCall, error) {
		var (
			c                       chain.TimelockCall
			ref                     = refScan{r: &c.EventRef}
			tl, op, target, im, pre []byte
			index                   int32
			value                   string
			delay                   *string
		)
		if err := r.Scan(append(ref.targets(), &tl, &op, &index, &c.Executed, &target, &value, &c.Data, &im, &pre, &delay)...); err != nil {
			return c, err
		}
		ref.done()
		c.Timelock, c.Operation, c.Index, c.Target = common.BytesToAddress(tl), common.BytesToHash(op), uint64(index), common.BytesToAddress(target)
		c.Implementation, c.Predecessor = common.BytesToAddress(im), common.BytesToHash(pre)
		var err error
		if c.Value, err = parseNumeric(value); err != nil {
			return c, err
		}
		if delay != nil {
			c.Delay, err = parseNumeric(*delay)
		}
		return c, err
	})
}

// TimelockCancels returns the cancelled operations of every followed
// timelock in view, in chain order.
func (s *IndexStore) TimelockCancels(ctx context.Context, chainID *big.Int, v chain.View) ([]chain.TimelockCancel, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.timelock, t.operation FROM indexer_timelock_cancels t`+blockJoin+`
		WHERE t.chain_id = $1 AND t.block_number <= $2 ORDER BY t.block_number, t.log_index`, id, at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.TimelockCancel, error) {
		var (
			c      chain.TimelockCancel
			ref    = refScan{r: &c.EventRef}
			tl, op []byte
		)
		if err := r.Scan(append(ref.targets(), &tl, &op)...); err != nil {
			return c, err
		}
		ref.done()
		c.Timelock, c.Operation = common.BytesToAddress(tl), common.BytesToHash(op)
		return c, nil
	})
}

// ProxyUpgrades returns the Upgraded events of every followed proxy in
// view, in chain order.
func (s *IndexStore) ProxyUpgrades(ctx context.Context, chainID *big.Int, v chain.View) ([]chain.ProxyUpgrade, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.proxy, t.implementation FROM indexer_proxy_upgrades t`+blockJoin+`
		WHERE t.chain_id = $1 AND t.block_number <= $2 ORDER BY t.block_number, t.log_index`, id, at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.ProxyUpgrade, error) {
		var (
			u         chain.ProxyUpgrade
			ref       = refScan{r: &u.EventRef}
			proxy, im []byte
		)
		if err := r.Scan(append(ref.targets(), &proxy, &im)...); err != nil {
			return u, err
		}
		ref.done()
		u.Proxy, u.Implementation = common.BytesToAddress(proxy), common.BytesToAddress(im)
		return u, nil
	})
}
