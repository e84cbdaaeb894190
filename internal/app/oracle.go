package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"

	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oracleprom"
	"github.com/tessera-rwa/tessera/postgres"
)

// startOracle builds the oracle service over the feeds on record, and
// starts the relay that pushes their valuations when the worker is on.
func (a *App) startOracle(ctx context.Context, leader *postgres.Leader) error {
	feeds, err := a.feeds(ctx)
	if err != nil || len(feeds) == 0 {
		return err
	}
	store := &postgres.OracleStore{Pool: a.Pool}
	var notify func()
	if a.cfg.Workers.Relay && a.TxMgr != nil {
		relay, err := oracle.NewRelay(oracle.RelayConfig{
			Store: store, Client: a.Client, Tx: a.TxMgr, TxLookup: &postgres.TxStore{Pool: a.Pool},
			Locker: postgres.OracleLocker{Leader: leader}, ChainID: a.ChainID, Feeds: feeds, Logger: a.cfg.Logger,
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
	a.Oracle, err = oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: a.ChainID, Feeds: feeds, OnObservation: notify,
		Keys: postgres.NewAPIKeyStore(a.Pool), Now: a.cfg.Now})
	return err
}

// feeds are the valuation feeds recorded for this chain ("asset:X:feed")
// with the decimals each reports, relayed with the configured policy; the
// relay narrows answers to each feed's own bounds.
func (a *App) feeds(ctx context.Context) ([]oracle.Feed, error) {
	deps, err := a.Deployments().Deployments(ctx, a.ChainID)
	if err != nil {
		return nil, err
	}
	pol := a.cfg.Oracle
	agg := oracle.AggregationConfig{MaxAge: pol.MaxAge, MinSources: 1, OutlierPPB: 100_000_000}
	var feeds []oracle.Feed
	for _, d := range deps {
		parts := strings.Split(d.Name, ":")
		if d.Contract != "ValuationFeed" || len(parts) != 3 || parts[0] != "asset" || parts[2] != "feed" {
			continue
		}
		addr := d.Address
		out, err := a.Client.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: feedABI.PackDecimals()}, nil)
		if err != nil {
			return nil, fmt.Errorf("feed %s: decimals: %w", d.Name, err)
		}
		decimals, err := feedABI.UnpackDecimals(out)
		if err != nil {
			return nil, fmt.Errorf("feed %s: decimals: %w", d.Name, err)
		}
		feeds = append(feeds, oracle.Feed{Asset: parts[1], Address: d.Address, Decimals: decimals, Aggregation: agg,
			Policy: oracle.Policy{DeviationPPB: pol.DeviationPPB, Heartbeat: pol.Heartbeat}})
	}
	return feeds, nil
}

var feedABI = valuationfeed.NewValuationFeed()
