package app

import (
	"context"

	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oracleprom"
	"github.com/tessera-rwa/tessera/postgres"
)

// startOracle builds the oracle service over every feed on record (the
// demo's asset:SYM:feed and each tokenized asset's issuance:<id>:feed),
// read again as feeds are recorded, and starts the relay that pushes
// their valuations when the worker is on.
func (a *App) startOracle(ctx context.Context, leader *postgres.Leader) error {
	store := &postgres.OracleStore{Pool: a.Pool}
	catalog, err := oracle.NewCatalog(oracle.CatalogConfig{ChainID: a.ChainID, Deployments: a.Deployments(),
		Assets: store, Client: a.Client, Policies: a.cfg.Oracle.Policies, Logger: a.cfg.Logger})
	if err != nil {
		return err
	}
	var notify func()
	if a.cfg.Workers.Relay && a.TxMgr != nil {
		relay, err := oracle.NewRelay(oracle.RelayConfig{
			Store: store, Client: a.Client, Tx: a.TxMgr, TxLookup: &postgres.TxStore{Pool: a.Pool},
			Locker: leader, ChainID: a.ChainID, Source: catalog, Logger: a.cfg.Logger,
			Metrics: oracleprom.New(a.Registry), Now: a.cfg.Now,
		})
		if err != nil {
			return err
		}
		if err := relay.Start(ctx); err != nil {
			return err
		}
		a.Relay, notify = relay, relay.Notify
		a.onStop("relay", relay.Stop)
	}
	a.Oracle, err = oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: a.ChainID, Source: catalog, OnObservation: notify, OnOverride: notify,
		Keys: postgres.NewAPIKeyStore(a.Pool), Now: a.cfg.Now})
	return err
}
