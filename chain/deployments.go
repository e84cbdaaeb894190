package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Deployment records a contract Tessera deployed (or registered) on a chain.
type Deployment struct {
	ChainID   *big.Int
	Name      string // role, e.g. "identity-registry" or "asset:TBILL:token"
	Contract  string // contract name in contracts/out, e.g. "AssetToken"
	Address   common.Address
	TxHash    common.Hash
	Block     uint64
	BlockHash common.Hash
	// Decimals is a ValuationFeed's decimals(), the scale of its answers;
	// nil for other contracts, or a feed whose record does not say.
	Decimals *uint8
}

// ErrNotDeployed is returned by a DeploymentStore that has no record.
var ErrNotDeployed = errors.New("contract not deployed")

// DeploymentStore keeps deployment records.
type DeploymentStore interface {
	// Deployment returns the record of name on chainID, or ErrNotDeployed.
	Deployment(ctx context.Context, chainID *big.Int, name string) (Deployment, error)
	// SaveDeployment inserts or replaces the record of d.Name on d.ChainID.
	SaveDeployment(ctx context.Context, d Deployment) error
	// Deployments lists the records on chainID ordered by name.
	Deployments(ctx context.Context, chainID *big.Int) ([]Deployment, error)
}

// Backend is what deploying needs from a node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deployer is a development chain's deployer: the backend, the records,
// and the key that sends (devnet.DeploySuite).
type Deployer struct {
	Backend Backend
	Store   DeploymentStore
	Opts    *bind.TransactOpts
	ChainID *big.Int
}

// WaitMined polls for the receipt of hash every interval until it is known
// or ctx ends. bind.WaitMined polls once a second, which makes chains that
// seal blocks on demand (the dev chain, anvil) look slow.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash, every time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !NotYetKnown(err) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// NotYetKnown reports whether a node's error for a transaction or receipt
// lookup means "not known yet": NotFound, or geth's "transaction indexing is
// in progress" while its index catches up after a start.
func NotYetKnown(err error) bool {
	return errors.Is(err, ethereum.NotFound) || (err != nil && strings.Contains(err.Error(), "indexing is in progress"))
}
