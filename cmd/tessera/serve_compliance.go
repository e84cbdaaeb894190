package main

import (
	"context"
	"sync"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/postgres"
)

// compliance builds the compliance service when this replica can write to
// the chain and the identity registry is on record, and, when the
// "compliance" worker is configured, runs the KYC sweep and the registry
// reconciliation in the replica holding its lock.
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
	})
	if err != nil {
		return nil, err
	}
	if s.cfg.Workers["compliance"] {
		s.complianceLoop = leadComplianceWorker(ctx, &postgres.Leader{Pool: s.pool, Retry: s.cfg.LeaderRetry},
			&compliance.Worker{Service: svc, Every: s.cfg.ComplianceEvery, Logger: s.log})
	}
	return svc, nil
}

// leadComplianceWorker runs w while this process holds the
// "compliance-worker" lock; it stops w at once when the lock is lost and
// tries again. The returned function stops the loop and waits for it.
func leadComplianceWorker(ctx context.Context, leader *postgres.Leader, w *compliance.Worker) func(context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			lease, err := leader.Lock(ctx, "compliance-worker")
			if err != nil {
				return
			}
			if err := w.Start(ctx); err != nil {
				w.Logger.Error("compliance worker", "err", err)
				lease.Release()
				return
			}
			select {
			case <-lease.Lost():
				w.Logger.Warn("compliance worker: leader lock lost, stopping")
			case <-ctx.Done():
			}
			_ = w.Stop(context.Background())
			lease.Release()
		}
	}()
	return func(stop context.Context) error {
		cancel()
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
			return nil
		case <-stop.Done():
			return stop.Err()
		}
	}
}
