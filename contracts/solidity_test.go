package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/rulescheck"
)

// TestRulesFromSolidity runs contracts/test/RulesCheck.sol: each regulated
// rule checked at its boundary by a contract that holds the token, through
// the preview, canTransfer and the real transfer. Each check gets its own
// token; a failed assertion reverts with CheckFailed(what, got, want).
func TestRulesFromSolidity(t *testing.T) {
	t.Parallel()
	c := newChain(t, 5)
	to, us, fr1, fr2 := c.signers[0].From, c.signers[1].From, c.signers[2].From, c.signers[3].From
	reg := deployRegistry(t, c)
	abi := rulescheck.NewRulesCheck()
	checker := c.queueDeploy(t, rulescheck.RulesCheckMetaData.Bin, nil)
	inst := abi.Instance(c.client, checker)
	reg.queueRegister(t, checker, "investor-checker", countryFR, 1)
	reg.queueRegister(t, to, "investor-to", countryDE, 1)
	reg.queueRegister(t, us, "investor-us", countryUS, 0)
	reg.queueRegister(t, fr1, "investor-fr1", countryFR, 1)
	reg.queueRegister(t, fr2, "investor-fr2", countryFR, 1)
	c.flush(t)

	// token deploys a token on which the checker holds the roles it uses
	// and `to` already holds 1,000 units.
	token := func(name string, holders bool) common.Address {
		tok := deployToken(t, c, reg.addr, common.Address{}, 0)
		for _, r := range []string{"MINTER_ROLE", "AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE"} {
			c.queue(t, c.admin, tok.inst, tok.abi.PackGrantRole(role(r), checker))
		}
		if holders {
			tok.queueMint(t, to, big.NewInt(1000), name+"-to")
		}
		c.flush(t)
		return tok.addr
	}
	checks := []struct {
		name string
		data []byte
	}{
		{"locks", abi.PackCheckLocks(token("locks", true), to)},
		{"holding rules", abi.PackCheckHoldingRules(token("holding", true), to, us)},
		{"liquidate-only", abi.PackCheckLiquidateOnly(token("liquidate", true), to)},
		{"transfer window", abi.PackCheckWindow(token("window", true), to)},
		{"caps", abi.PackCheckCaps(token("caps", false), fr1, fr2, us)},
	}
	for _, ch := range checks {
		if _, err := c.send(c.admin, inst, ch.data); err != nil {
			data := revertData(err)
			failed := abi.GetABI().Errors["CheckFailed"].ID
			if len(data) >= 4 && bytes.Equal(data[:4], failed[:4]) {
				e, uerr := abi.UnpackError(data)
				if uerr == nil {
					t.Errorf("%s: %+v", ch.name, e)
					continue
				}
			}
			t.Errorf("%s: %v", ch.name, err)
		}
	}
}
