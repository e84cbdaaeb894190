package compliance

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
)

// OperatorRoles are the AssetToken roles the compliance service's signer
// needs on a token: AGENT_ROLE for interventions (freezes, forced
// transfers, recoveries) and COMPLIANCE_ADMIN_ROLE for rules.
var OperatorRoles = []string{"AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE"}

// RoleGrant is one AccessControl.grantRole call, named by its role.
type RoleGrant struct {
	Role string
	Data []byte
}

// OperatorGrants are the calls a token's admin sends to the token so that
// operator may act for compliance on it: one grantRole per OperatorRoles.
func OperatorGrants(operator common.Address) []RoleGrant {
	tok := assettoken.NewAssetToken()
	out := make([]RoleGrant, len(OperatorRoles))
	for i, role := range OperatorRoles {
		out[i] = RoleGrant{Role: role, Data: tok.PackGrantRole(crypto.Keccak256Hash([]byte(role)), operator)}
	}
	return out
}
