package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain"
)

// Deployments implements chain.DeploymentStore.
type Deployments struct {
	Pool *pgxpool.Pool
}

var _ chain.DeploymentStore = (*Deployments)(nil)

const deploymentColumns = `chain_id::text, name, contract, address, tx_hash, block_number, block_hash, decimals`

// Deployment implements chain.DeploymentStore.
func (s *Deployments) Deployment(ctx context.Context, chainID *big.Int, name string) (chain.Deployment, error) {
	row := s.Pool.QueryRow(ctx, `SELECT `+deploymentColumns+` FROM chain_deployments WHERE chain_id = $1 AND name = $2`,
		chainID.String(), name)
	d, err := scanDeployment(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.Deployment{}, chain.ErrNotDeployed
	}
	return d, err
}

// SaveDeployment implements chain.DeploymentStore. A record saved again
// without decimals keeps those recorded for the same address.
func (s *Deployments) SaveDeployment(ctx context.Context, d chain.Deployment) error {
	var dec *int16
	if d.Decimals != nil {
		v := int16(*d.Decimals)
		dec = &v
	}
	_, err := s.Pool.Exec(ctx, `
		INSERT INTO chain_deployments (chain_id, name, contract, address, tx_hash, block_number, block_hash, decimals)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (chain_id, name) DO UPDATE SET
			contract = EXCLUDED.contract, address = EXCLUDED.address, tx_hash = EXCLUDED.tx_hash,
			block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash, deployed_at = now(),
			decimals = CASE WHEN chain_deployments.address = EXCLUDED.address
				THEN coalesce(EXCLUDED.decimals, chain_deployments.decimals) ELSE EXCLUDED.decimals END`,
		d.ChainID.String(), d.Name, d.Contract, d.Address.Bytes(), nullHash(d.TxHash), int64(d.Block), nullHash(d.BlockHash), dec)
	return err
}

// Deployments implements chain.DeploymentStore.
func (s *Deployments) Deployments(ctx context.Context, chainID *big.Int) ([]chain.Deployment, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+deploymentColumns+` FROM chain_deployments WHERE chain_id = $1 ORDER BY name`,
		chainID.String())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Deployment, error) { return scanDeployment(r) })
}

func scanDeployment(row pgx.Row) (chain.Deployment, error) {
	var (
		d                   chain.Deployment
		chainID             string
		addr, txHash, bHash []byte
		block               *int64
		dec                 *int16
	)
	if err := row.Scan(&chainID, &d.Name, &d.Contract, &addr, &txHash, &block, &bHash, &dec); err != nil {
		return chain.Deployment{}, err
	}
	if dec != nil {
		v := uint8(*dec)
		d.Decimals = &v
	}
	d.ChainID, _ = new(big.Int).SetString(chainID, 10)
	d.Address = common.BytesToAddress(addr)
	d.TxHash = common.BytesToHash(txHash)
	d.BlockHash = common.BytesToHash(bHash)
	if block != nil {
		d.Block = uint64(*block)
	}
	return d, nil
}

func nullHash(h common.Hash) []byte {
	if h == (common.Hash{}) {
		return nil
	}
	return h.Bytes()
}

// Chains lists the chains that have deployment records, ascending.
func (d *Deployments) Chains(ctx context.Context) ([]*big.Int, error) {
	rows, _ := d.Pool.Query(ctx, "SELECT DISTINCT chain_id::text FROM chain_deployments ORDER BY 1")
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(ids))
	for i, s := range ids {
		out[i], _ = new(big.Int).SetString(s, 10)
	}
	return out, nil
}

// RenameDeployments renames records on chainID in order, each pair
// {from, to}, in one transaction: an upgrade retires "impl:<Contract>"
// under its address and promotes the new implementation's record to it.
func (s *Deployments) RenameDeployments(ctx context.Context, chainID *big.Int, renames [][2]string) error {
	return pgx.BeginFunc(ctx, s.Pool, func(tx pgx.Tx) error {
		for _, r := range renames {
			tag, err := tx.Exec(ctx, `UPDATE chain_deployments SET name = $3 WHERE chain_id = $1 AND name = $2`, chainID.String(), r[0], r[1])
			if err != nil {
				return err
			}
			if tag.RowsAffected() != 1 {
				return fmt.Errorf("rename deployment %s: %w", r[0], chain.ErrNotDeployed)
			}
		}
		return nil
	})
}

// FeedDecimals returns the decimals() recorded for the ValuationFeed at
// feed on chainID; chain.ErrNotDeployed when no feed is recorded there or
// its decimals are not.
func (d *Deployments) FeedDecimals(ctx context.Context, chainID *big.Int, feed common.Address) (uint8, error) {
	var dec *int16
	err := d.Pool.QueryRow(ctx, `SELECT decimals FROM chain_deployments
		WHERE chain_id = $1 AND address = $2 AND contract = 'ValuationFeed' AND decimals IS NOT NULL LIMIT 1`,
		chainID.String(), feed.Bytes()).Scan(&dec)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && dec == nil) {
		return 0, fmt.Errorf("feed %s: %w", feed, chain.ErrNotDeployed)
	}
	if err != nil {
		return 0, err
	}
	return uint8(*dec), nil
}
