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
// holder) and to a registered wallet new to the token, after one warm-up
// transfer from alice to bob (so a transfer window has started, as it has
// for any investor that transferred before). Each row's reference is the
// rule-free token's same transfer, so its ratio is the rule's marginal
// cost; newHolders gives each token its own new holder. A last token has
// every rule on at once, compared with the rule-free token and with the
// plain ERC-20's transfers `plain` (to an existing, to a new holder).
func gasOfRules(g *gasChain, reg, feed common.Address, alice, bob *bind.TransactOpts, newHolders []common.Address, plain [2]uint64, plainSplit [2]gasSplit) []gasRow {
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
	year := uint64(365 * 24 * 3600)
	// Two locks on half of alice's units: a plain lock-up and a vesting grant.
	twoLocks := func(inst *bind.BoundContract, id string) {
		now := g.now()
		g.send(admin, inst, tok.PackMint(alice.From, gasUnits(500), gasID(id+"-alice-free")))
		g.send(admin, inst, tok.PackMintLocked(alice.From, gasUnits(250), gasID(id+"-alice-locked"), now+year))
		g.send(admin, inst, tok.PackMintVesting(alice.From, gasUnits(250), gasID(id+"-alice-vesting"), now, now+year/4, now+year, 2))
	}
	countries := func(inst *bind.BoundContract) {
		g.send(admin, inst, tok.PackSetCountryRestriction(true))
		g.send(admin, inst, tok.PackSetCountriesAllowed([]uint16{gasCountryFR, gasCountryDE}, true))
	}
	countryCaps := func(inst *bind.BoundContract) {
		g.send(admin, inst, tok.PackSetInvestorCounting())
		g.send(admin, inst, tok.PackSetCountryCaps([]uint16{gasCountryFR, gasCountryDE}, []uint32{1_000, 1_000}))
	}
	categoryCaps := func(inst *bind.BoundContract) {
		var caps [9]uint32
		caps[0], caps[8] = 1_000, 1_000 // accredited, retail
		g.send(admin, inst, tok.PackSetCategoryCaps(caps))
	}
	window := func(inst *bind.BoundContract) {
		g.send(admin, inst, tok.PackSetTransferLimits([]uint32{24 * 3600}, []*big.Int{gasUnits(1_000_000)}))
	}
	guard := func(inst *bind.BoundContract) { g.send(admin, inst, tok.PackSetValuationGuard(feed, 7*24*3600)) }
	rules := []rule{
		{"no rule", "none", func(*bind.BoundContract) {}, mint},
		{"country allow-list (2 countries)", "country", countries, mint},
		{"required investor flags (accredited)", "flags", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetRequiredFlags(gasFlagAccredited))
		}, mint},
		{"maximum investors", "max-investors", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetMaxInvestors(10_000))
		}, mint},
		{"maximum balance per investor", "max-balance", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetMaxBalance(gasUnits(1_000_000)))
		}, mint},
		{"minimum holding per investor", "min-holding", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetExtendedRules(gasUnits(1), 0, 0, 0, false))
		}, mint},
		{"two locks (a lock-up and a vesting grant) on half of the sender's units", "two-locks", func(*bind.BoundContract) {}, twoLocks},
		{"investor counting with country caps", "country-caps", countryCaps, mint},
		{"investor counting with category caps", "category-caps", func(inst *bind.BoundContract) {
			g.send(admin, inst, tok.PackSetInvestorCounting())
			categoryCaps(inst)
		}, mint},
		{"a transfer window (daily volume per investor)", "window", window, mint},
		{"valuation guard (checked on mints only)", "valuation-guard", guard, mint},
		{"every rule at once", "every", func(inst *bind.BoundContract) {
			countries(inst)
			g.send(admin, inst, tok.PackSetRequiredFlags(gasFlagAccredited))
			g.send(admin, inst, tok.PackSetMaxInvestors(10_000))
			g.send(admin, inst, tok.PackSetMaxBalance(gasUnits(1_000_000)))
			g.send(admin, inst, tok.PackSetExtendedRules(gasUnits(1), 0, 0, 0, false))
			countryCaps(inst)
			categoryCaps(inst)
			g.send(admin, inst, tok.PackSetMaxCountryShare(9_000))
			window(inst)
			guard(inst)
		}, twoLocks},
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
		g.send(alice, inst, tok.PackTransfer(bob.From, gasUnits(1))) // warm-up
		existing, existingSplit := g.sendSplit(alice, inst, tok.PackTransfer(bob.From, gasUnits(10)), reg)
		// The same calldata as the plain ERC-20's transfer to bob: the
		// same base, unless the split lost some of the execution.
		if existingSplit.base != plainSplit[0].base {
			g.b.Fatalf("gas split of %s: base %d, the plain ERC-20's %d for the same calldata", r.metric, existingSplit.base, plainSplit[0].base)
		}
		fresh, freshSplit := g.sendSplit(alice, inst, tok.PackTransfer(newHolders[i], gasUnits(10)), reg)
		if i == 0 {
			base = [2]uint64{existing, fresh}
			continue
		}
		rows = append(rows,
			gasRow{"rule alone, " + r.name + ": transfer to an existing holder vs the token without rules", existing, base[0], "rule-" + r.metric + "-existing"},
			gasRow{"rule alone, " + r.name + ": transfer to a new holder vs the token without rules", fresh, base[1], "rule-" + r.metric + "-new"})
		if r.metric == "every" {
			rows = append(rows,
				gasRow{"every rule at once (country allow-list and caps, category caps, country share, flags, investor and balance limits, minimum holding, two locks, a transfer window, valuation guard): transfer to an existing holder vs a plain ERC-20", existing, plain[0], "every-rule-existing-vs-erc20"},
				gasRow{"every rule at once: transfer to a new holder vs a plain ERC-20", fresh, plain[1], "every-rule-new-vs-erc20"})
			rows = append(rows, existingSplit.rows("every rule at once, to an existing holder, beside a plain ERC-20's", "split-every-existing", plainSplit[0])...)
			rows = append(rows, freshSplit.rows("every rule at once, to a new holder, beside a plain ERC-20's", "split-every-new", plainSplit[1])...)
			existingSplit.report(g.b, "split-every-existing", false)
			freshSplit.report(g.b, "split-every-new", false)
			plainSplit[0].report(g.b, "split-erc20-existing", true)
			plainSplit[1].report(g.b, "split-erc20-new", true)
		}
	}
	rows = append(rows, gasRow{"the token without rules (proxied): transfer to an existing holder", base[0], plain[0], "rule-none-existing"},
		gasRow{"the token without rules (proxied): transfer to a new holder", base[1], plain[1], "rule-none-new"})
	return rows
}
