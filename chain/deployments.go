package chain

import (
	"context"
	"errors"
	"fmt"
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

// Deployer deploys contracts once per chain: a contract already recorded
// whose code is still on chain is reused, so a restart against the same chain
// deploys nothing.
type Deployer struct {
	Backend Backend
	Store   DeploymentStore
	Opts    *bind.TransactOpts
	ChainID *big.Int
}

// Ensure returns the deployment of name, deploying contract (creation
// bytecode plus packed constructor arguments) when there is none on chain.
// The boolean reports whether a deployment happened.
func (d *Deployer) Ensure(ctx context.Context, name, contract string, bytecode, ctorInput []byte) (Deployment, bool, error) {
	rec, err := d.Store.Deployment(ctx, d.ChainID, name)
	switch {
	case err == nil:
		same, err := d.onThisChain(ctx, rec)
		if err != nil {
			return Deployment{}, false, fmt.Errorf("deploy %s: %w", name, err)
		}
		if same {
			return rec, false, nil
		}
		// The record belongs to an earlier chain with the same id (a reset
		// dev chain): deploy again.
	case !errors.Is(err, ErrNotDeployed):
		return Deployment{}, false, fmt.Errorf("deploy %s: %w", name, err)
	}
	opts := *d.Opts
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, bytecode, d.Backend, ctorInput)
	if err != nil {
		return Deployment{}, false, fmt.Errorf("deploy %s: %w", name, err)
	}
	receipt, err := WaitMined(ctx, d.Backend, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return Deployment{}, false, fmt.Errorf("deploy %s: wait for %s: %w", name, tx.Hash(), err)
	}
	if receipt.Status != 1 {
		return Deployment{}, false, fmt.Errorf("deploy %s: transaction %s reverted", name, tx.Hash())
	}
	rec = Deployment{
		ChainID:   d.ChainID,
		Name:      name,
		Contract:  contract,
		Address:   addr,
		TxHash:    tx.Hash(),
		Block:     receipt.BlockNumber.Uint64(),
		BlockHash: receipt.BlockHash,
	}
	if err := d.Store.SaveDeployment(ctx, rec); err != nil {
		return Deployment{}, false, fmt.Errorf("deploy %s: record: %w", name, err)
	}
	return rec, true, nil
}

// onThisChain reports whether rec was made on the chain the backend follows:
// its block is canonical here and its address holds code. A reset dev chain
// with the same id may hold other code at the same address, so the block hash
// decides.
func (d *Deployer) onThisChain(ctx context.Context, rec Deployment) (bool, error) {
	head, err := d.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read head: %w", err)
	}
	if head.Number.Uint64() < rec.Block {
		return false, nil
	}
	h, err := d.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.Block))
	if err != nil {
		return false, fmt.Errorf("read block %d: %w", rec.Block, err)
	}
	if h.Hash() != rec.BlockHash {
		return false, nil
	}
	code, err := d.Backend.CodeAt(ctx, rec.Address, nil)
	if err != nil {
		return false, fmt.Errorf("read code: %w", err)
	}
	return len(code) > 0, nil
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
