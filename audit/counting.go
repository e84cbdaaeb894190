package audit

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
)

// investorCounts: the token's investor counters (investorCount, and, with
// investor counting on, the investors per country and per category) equal
// the holders recounted at the audited block: every wallet with a positive
// balance, grouped by its investor's anchor in the identity registry, each
// investor counted under the class the token keeps for it.
//
// The token counts an investor under the country and categories its
// registry record gave when it entered (its first unit) and keeps that
// class until the investor leaves or someone calls recount. A class
// changed in the registry since then is no drift: the check reads the
// class the token keeps in the anchor's storage word (chain.CountedClass)
// and lists each investor whose registry record now says otherwise as a
// note naming the wallet to recount, not as a failure. A counter that the
// kept classes do not add up to is a failure.
//
// The holders are the audit's own: balanceOf at the block for every
// wallet the node's Transfer events name (the supply check's), not the
// indexer's tables, which the indexer check compares with them.
func (r *run) investorCounts(ctx context.Context) (Check, error) {
	c := Check{ID: CheckInvestorCounts, Title: "The token's investor counters (total, per country, per category) equal the holders recounted from balances and registry records"}
	registry, err := callAs(ctx, r, r.asset.Token, tokABI.PackIdentityRegistry(), r.block, tokABI.UnpackIdentityRegistry)
	if err != nil {
		return c, err
	}
	census, err := chain.TakeCensus(ctx, r.v.Chain, chain.CensusQuery{Token: r.asset.Token, Registry: registry,
		Balances: r.balances, Block: new(big.Int).SetUint64(r.block), Countries: r.cappedCountries()})
	if err != nil {
		return c, fmt.Errorf("recount investors: %w", err)
	}
	on := census.Onchain
	var f findings
	for _, d := range census.Drift() {
		f.add("%s", d)
	}
	c.Facts = []Fact{fact("investor counting", on.Counting), fact("investorCount()", on.InvestorCount),
		fact("investors holding", census.Recorded.Investors), fact("maxInvestors()", on.MaxInvestors)}
	if !on.Counting {
		f.done(&c, 0, "")
		if c.Status != Fail {
			c.Status, c.Summary = Skipped, fmt.Sprintf("investor counting is off on this token: no country or category counter to verify (%d investors hold)", census.Recorded.Investors)
		}
		return c, nil
	}
	stale := 0
	for _, inv := range census.Investors {
		if !inv.Stale() {
			continue
		}
		stale++
		c.Notes = append(c.Notes, fmt.Sprintf("investor of %s (wallets %s) is counted under %s but its registry record now says %s: recount(%s) moves it",
			inv.Anchor.Hex(), walletList(inv.Wallets), className(inv.Entered), className(inv.Current), inv.Via.Hex()))
	}
	for _, cc := range on.Countries {
		c.Facts = append(c.Facts, fact(fmt.Sprintf("country %03d (counted / recounted / cap)", cc.Country),
			fmt.Sprintf("%d / %d / %s", cc.Count, census.Recorded.Countries[cc.Country], capText(cc.Cap))))
	}
	for i := range chain.Categories {
		c.Facts = append(c.Facts, fact(fmt.Sprintf("category %s (counted / recounted / cap)", chain.CategoryName(i)),
			fmt.Sprintf("%d / %d / %s", on.Categories[i], census.Recorded.Categories[i], capText(on.CategoryCaps[i]))))
	}
	c.Facts = append(c.Facts, fact("maxCountryShare() (bps)", on.MaxCountryShare), fact("investors to recount", stale))
	c.Summary = fmt.Sprintf("%d investors in %d countries, %d counted under a class the registry has since changed", census.Recorded.Investors, len(census.Recorded.Countries), stale)
	f.done(&c, len(census.Investors), "nobody holds the token")
	return c, nil
}

// cappedCountries lists the countries the token's CountryCapSet events
// named, so a capped country nobody holds is read too.
func (r *run) cappedCountries() []uint16 {
	return r.st.CountryCaps
}

func walletList(ws []common.Address) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.Hex()
	}
	return strings.Join(s, ", ")
}

func className(c chain.InvestorClass) string {
	var cats []string
	for i := range chain.Categories {
		if c.In(i) {
			cats = append(cats, chain.CategoryName(i))
		}
	}
	return fmt.Sprintf("country %03d, %s", c.Country, strings.Join(cats, "+"))
}

func capText(n int64) string {
	if n == 0 {
		return "none"
	}
	return fmt.Sprint(n)
}
