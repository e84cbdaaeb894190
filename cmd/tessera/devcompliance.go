package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/postgres"
)

// devComplianceEvery is how often `tessera dev` sweeps expired KYC and
// reconciles the identity registry.
const devComplianceEvery = time.Minute

// startCompliance gives the transaction manager's signer the token roles
// compliance needs (agent, compliance admin) on the demo tokens, starts the
// periodic sweep and reconciliation, and returns the compliance service.
func (e *devEnv) startCompliance(ctx context.Context) (*compliance.Service, error) {
	var keys []string
	for _, t := range []common.Address{e.suite.FundToken.Address, e.suite.BuildingTok.Address} {
		for _, g := range compliance.OperatorGrants(e.txm.From()) {
			key := fmt.Sprintf("dev/compliance/grant/%s/%s", strings.ToLower(t.Hex()), g.Role)
			to := t
			if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: g.Data}); err != nil {
				return nil, err
			}
			keys = append(keys, key)
		}
	}
	for _, k := range keys {
		if _, err := e.txm.Outcome(ctx, k); err != nil {
			return nil, fmt.Errorf("compliance roles: %w", err)
		}
	}
	svc, err := compliance.NewService(compliance.Config{
		Store: &postgres.ComplianceStore{Pool: e.pool}, Chain: e.client, Tx: e.txm, TxLookup: &postgres.TxStore{Pool: e.pool},
		Registry: e.suite.Registry.Address, Decoder: txmgr.NewDecoder(suiteABIs()...), Logger: e.log,
		Keys: postgres.NewAPIKeyStore(e.pool),
	})
	if err != nil {
		return nil, err
	}
	w := &compliance.Worker{Service: svc, Every: devComplianceEvery, Logger: e.log}
	if err := w.Start(ctx); err != nil {
		return nil, err
	}
	e.compliance = w
	return svc, nil
}
