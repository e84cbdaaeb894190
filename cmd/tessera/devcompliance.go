package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
)

// devComplianceEvery is how often `tessera dev` sweeps expired KYC and
// reconciles the identity registry.
const devComplianceEvery = time.Minute

// grantComplianceRoles gives the transaction manager's signer the token
// roles compliance needs (agent, compliance admin) on the demo tokens.
func (e *devEnv) grantComplianceRoles(ctx context.Context) error {
	var keys []string
	for _, t := range []common.Address{e.suite.FundToken.Address, e.suite.BuildingTok.Address} {
		for _, g := range compliance.OperatorGrants(e.txm.From()) {
			key := fmt.Sprintf("dev/compliance/grant/%s/%s", strings.ToLower(t.Hex()), g.Role)
			to := t
			if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: g.Data}); err != nil {
				return err
			}
			keys = append(keys, key)
		}
	}
	for _, k := range keys {
		if _, err := e.txm.Outcome(ctx, k); err != nil {
			return err
		}
	}
	return nil
}
