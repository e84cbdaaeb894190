package bench

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
)

// gasOfRules prices each compliance rule alone: one AssetToken behind
// its proxy per rule, and one with no rule, each holding 1,000 units of
// alice and of bob, and the gas of alice's transfer to bob (an existing
// holder) and to a registered wallet new to the token. Each row's
// reference is the rule-free token's same transfer, so its ratio is the
// rule's marginal cost; newHolders gives each token its own new holder.
func gasOfRules(g *gasChain, reg common.Address, alice, bob *bind.TransactOpts, newHolders []common.Address) []gasRow {
	g.b.Helper()
	admin := g.admin
	tok := assettoken.NewAssetToken()
	type rule struct {
		name, metric string
		set          func(inst *bind.BoundContract)
		mint         func(inst *bind.BoundContract, id string)
	}
	mint := func(inst *bind.BoundContract, id string) {
		g.send(admin, inst, tok.PackMint(alice.From, gasUnits(1_000), gasID(id+"-alice")))
	}
	rules := []rule{
		{"no rule", "none", func(*bind.BoundContract) {}, mint},
		{"country allow-list (2 countries)", "country", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetCountryRestriction(true))
			g.send(admin, inst, tok.PackSetCountriesAllowed([]uint16{gasCountryFR, gasCountryDE}, true))
		}, mint},
		{"required investor flags (accredited)", "flags", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetRequiredFlags(gasFlagAccredited))
		}, mint},
		{"maximum investors", "max-investors", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetMaxInvestors(10_000))
		}, mint},
		{"maximum balance per investor", "max-balance", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetMaxBalance(gasUnits(1_000_000)))
		}, mint},
		{"a running lock-up on part of the sender's units", "lockup", func(*bind.BoundContract) {}, func(inst *bind.BoundContract, id string) {
			g.send(admin, inst, tok.PackMint(alice.From, gasUnits(500), gasID(id+"-alice-free")))
			g.send(admin, inst, tok.PackMintLocked(alice.From, gasUnits(500), gasID(id+"-alice-locked"), g.now()+365*24*3600))
		}},
	}
	if len(newHolders) < len(rules) {
		g.b.Fatalf("%d new holders for %d tokens", len(newHolders), len(rules))
	}
	var base [2]uint64
	var rows []gasRow
	for i, r := range rules {
		addr, _ := g.proxy("AssetToken", reg, tok.PackInitialize(fmt.Sprintf("Rule %d", i), fmt.Sprintf("RULE%d", i), 18, reg,
			common.Address{}, big.NewInt(0), admin.From, admin.From))
		inst := tok.Instance(g.client, addr)
		for _, role := range []string{"MINTER_ROLE", "COMPLIANCE_ADMIN_ROLE"} {
			g.send(admin, inst, tok.PackGrantRole(gasRole(role), admin.From))
		}
		r.set(inst)
		r.mint(inst, r.metric)
		g.send(admin, inst, tok.PackMint(bob.From, gasUnits(1_000), gasID(r.metric+"-bob")))
		existing := g.send(alice, inst, tok.PackTransfer(bob.From, gasUnits(10)))
		fresh := g.send(alice, inst, tok.PackTransfer(newHolders[i], gasUnits(10)))
		if i == 0 {
			base = [2]uint64{existing, fresh}
			continue
		}
		rows = append(rows,
			gasRow{"rule alone, " + r.name + ": transfer to an existing holder vs the token without rules", existing, base[0], "rule-" + r.metric + "-existing"},
			gasRow{"rule alone, " + r.name + ": transfer to a new holder vs the token without rules", fresh, base[1], "rule-" + r.metric + "-new"})
	}
	rows = append(rows, gasRow{"the token without rules (proxied): transfer to an existing holder", base[0], 0, "rule-none-existing"},
		gasRow{"the token without rules (proxied): transfer to a new holder", base[1], 0, "rule-none-new"})
	return rows
}
