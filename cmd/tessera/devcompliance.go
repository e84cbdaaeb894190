package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// devComplianceEvery is how often `tessera dev` sweeps expired KYC and
// reconciles the identity registry.
const devComplianceEvery = time.Minute

// grantComplianceRoles gives the transaction manager's signer the token
// roles compliance needs (agent, compliance admin) on the demo tokens.
func (e *devEnv) grantComplianceRoles(ctx context.Context) error {
	tok := assettoken.NewAssetToken()
	var keys []string
	for _, t := range []common.Address{e.suite.FundToken.Address, e.suite.BuildingTok.Address} {
		for _, role := range []string{"AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE"} {
			key := fmt.Sprintf("dev/compliance/grant/%s/%s", strings.ToLower(t.Hex()), role)
			to := t
			if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to,
				Data: tok.PackGrantRole(crypto.Keccak256Hash([]byte(role)), e.txm.From())}); err != nil {
				return err
			}
			keys = append(keys, key)
		}
	}
	for _, k := range keys {
		r, err := e.txm.Wait(ctx, k)
		if err != nil {
			return err
		}
		if r.State == txmgr.Failed {
			return fmt.Errorf("%s failed: %s", k, r.Error)
		}
	}
	return nil
}
