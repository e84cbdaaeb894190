package app

import (
	"context"
	"fmt"

	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// Gas of a dealing day's fulfilment: a fulfil transaction's base and
// each request's share, measured by the gas benchmark (bench/gas_dealing)
// with room for redemptions, which burn and unfreeze. They bound a batch
// only when the chain cannot estimate it: the closer measures each batch
// (dealing.Estimator). A batch's gas stays within nine tenths of what one
// transaction may use, the block gas limit and at most maxTxGas, so its
// gas limit (dealing.GasLimit) is includable.
const (
	fulfilBaseGas       = 120_000
	fulfilPerRequestGas = 90_000
	// maxTxGas is EIP-7825's cap on a transaction's gas limit (Osaka,
	// mainnet since Fusaka): a block may hold more, one transaction not.
	maxTxGas = 1 << 24
)

// fulfilBudget is the gas a fulfil batch may use on a chain whose blocks
// hold blockGas.
func fulfilBudget(blockGas uint64) uint64 { return min(blockGas, maxTxGas) / 10 * 9 }

// startDealing builds the dealing service when issuance runs (the asset's
// contracts come from its records) and, with the dealing worker, the job
// that closes dealing days and fulfils approved books.
func (a *App) startDealing(ctx context.Context, leader *postgres.Leader) error {
	if a.TxMgr == nil || a.Issuance == nil {
		return nil
	}
	store := &postgres.DealingStore{Pool: a.Pool}
	configurer := dealing.ChainConfigurer{Tx: a.TxMgr, Chain: a.Client, Now: a.cfg.Now}
	svc, err := dealing.NewService(dealing.Config{
		Store:  store,
		Keys:   postgres.NewAPIKeyStore(a.Pool),
		Assets: issuanceDealing{a.Issuance},
		Chain:  configurer,
		Node:   a.Client,

		AutoApproveMax: a.cfg.Dealing.AutoApproveMax,
		// Wire confirmations are sent by the signer holding the Dealing
		// contracts' FULFILLER_ROLE, as the books are.
		Wires:      store,
		WireSender: dealing.ChainWire{Tx: a.TxMgr},
		Now:        a.cfg.Now,
	})
	if err != nil {
		return err
	}
	a.Dealing = svc
	if !a.cfg.Workers.Dealing {
		return nil
	}
	head, err := a.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the block gas limit: %w", err)
	}
	f := dealing.ChainFulfiller{Tx: a.TxMgr, Lookup: &postgres.TxStore{Pool: a.Pool}, Chain: a.Client, Gas: a.Client}
	c := &dealing.Closer{
		Store:     store,
		NAV:       postgres.DealingNAV{Index: &postgres.IndexStore{Pool: a.Pool}, Deployments: a.Deployments(), ChainID: a.ChainID},
		Fulfiller: f,
		Estimator: f,
		Voider:    f,
		Cutoffs:   configurer,
		Gas:       dealing.Gas{Base: fulfilBaseGas, PerRequest: fulfilPerRequestGas, Budget: fulfilBudget(head.GasLimit)},
		Now:       a.cfg.Now,
		Every:     a.cfg.Dealing.Every,

		AutoApproveMax: a.cfg.Dealing.AutoApproveMax,
		Locker:         leader,
		Logger:         a.cfg.Logger,
	}
	if err := c.Start(ctx); err != nil {
		return err
	}
	a.DealingCloser = c
	a.onStop("dealing closer", c.Stop)
	return nil
}

// issuanceDealing gives the dealing domain each asset's contracts from
// issuance's records: the two domains stay apart, the app joins them.
type issuanceDealing struct{ svc *issuance.Service }

func (i issuanceDealing) DealingOf(ctx context.Context, asset string) (dealing.Contracts, error) {
	d, err := i.svc.DealingOf(ctx, asset)
	if err != nil {
		return dealing.Contracts{}, err
	}
	return dealing.Contracts{ChainID: d.ChainID, Dealing: d.Dealing, Feed: d.Feed, Token: d.Token, PaymentToken: d.PaymentToken,
		UnitDecimals: d.UnitDecimals, PaymentDecimals: d.PaymentDecimals}, nil
}
