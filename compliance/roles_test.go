package compliance_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// The grants OperatorGrants builds give an operator exactly what the
// service does on a token: before them it can neither freeze a wallet
// (AGENT_ROLE) nor change a rule (COMPLIANCE_ADMIN_ROLE); after them it
// can do both.
func TestOperatorGrants(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	operator := common.HexToAddress("0x7200000000000000000000000000000000000001")
	tok := chaintest.DeployTokenProxy(t, r.eth, r.admin, r.registry,
		tokBinding.PackInitialize("Roles Test Fund", "RTF", 6, r.registry, common.Address{}, new(big.Int), r.admin.From, r.admin.From))
	acts := map[string][]byte{
		"AGENT_ROLE":            tokBinding.PackSetAddressFrozen(common.HexToAddress("0x7200000000000000000000000000000000000002"), true),
		"COMPLIANCE_ADMIN_ROLE": tokBinding.PackSetMaxInvestors(10),
	}
	try := func(role string) error {
		data := acts[role]
		_, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{From: operator, To: &tok, Data: data}, nil)
		return err
	}

	grants := compliance.OperatorGrants(operator)
	if len(grants) != len(acts) {
		t.Fatalf("%d grants, want one per role the service uses (%d)", len(grants), len(acts))
	}
	for _, g := range grants {
		if _, ok := acts[g.Role]; !ok {
			t.Fatalf("grant of %s, a role the service does not use", g.Role)
		}
		if err := try(g.Role); err == nil {
			t.Fatalf("without %s the operator could already act", g.Role)
		}
	}
	for _, g := range grants {
		r.send(tok, g.Data)
	}
	for _, g := range grants {
		if err := try(g.Role); err != nil {
			t.Fatalf("with %s granted: %v", g.Role, err)
		}
	}
}
