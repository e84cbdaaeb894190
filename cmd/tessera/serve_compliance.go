package main

import (
	"context"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/postgres"
)

// compliance builds the compliance service when this replica can write to
// the chain and the identity registry is on record, and, when the
// "compliance" worker is configured, runs the KYC sweep and the registry
// reconciliation in the replica holding its leader lock.
func (s *server) compliance(ctx context.Context) (*compliance.Service, error) {
	if s.txm == nil {
		return nil, nil
	}
	registry, err := (&postgres.Deployments{Pool: s.pool}).Deployment(ctx, s.chainID, "identity-registry")
	if err != nil {
		s.log.Warn("no identity-registry deployment recorded: compliance API not mounted", "err", err)
		return nil, nil
	}
	svc, err := compliance.NewService(compliance.Config{
		Store: &postgres.ComplianceStore{Pool: s.pool}, Chain: s.client, Tx: s.txm, TxLookup: &postgres.TxStore{Pool: s.pool},
		Registry: registry.Address, Decoder: txmgr.NewDecoder(suiteABIs()...), Logger: s.log,
		Keys: postgres.NewAPIKeyStore(s.pool),
	})
	if err != nil {
		return nil, err
	}
	if s.cfg.Workers["compliance"] {
		w := &compliance.Worker{Service: svc, Every: s.cfg.ComplianceEvery, Logger: s.log,
			Locker: &postgres.Leader{Pool: s.pool, Retry: s.cfg.LeaderRetry}}
		if err := w.Start(ctx); err != nil {
			return nil, err
		}
		s.complianceWorker = w
	}
	return svc, nil
}
