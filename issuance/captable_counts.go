package issuance

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/compliance"
)

// InvestorCounts is a token's investor counters beside the same counts
// recomputed from the indexed balances and the registry.
//
// Onchain is what the token's counters say. Recounted counts the holders
// under the class the token keeps for each (the country and categories it
// entered under, or its last recount gave; read from the investor's
// anchor word on chain, since the indexer does not keep it): the
// counters must equal it, and any difference is drift, listed in Drift.
// Current counts them under their registry records now: it differs from
// Onchain exactly by the investors in Recount, whose class changed in the
// registry since they entered and whom recount(wallet) would move.
type InvestorCounts struct {
	Counting        bool              `json:"counting"`
	InvestorCount   int64             `json:"investor_count"` // investorCount() on chain
	Holders         int64             `json:"holders"`        // investors holding in the indexed balances
	MaxInvestors    int64             `json:"max_investors"`  // 0: none
	MaxCountryShare uint16            `json:"max_country_share_bps"`
	Countries       []CountryCount    `json:"countries"`  // by numeric code
	Categories      []CategoryCount   `json:"categories"` // registry flags 0–7, then retail
	Recount         []RecountInvestor `json:"recount"`
	Drift           []string          `json:"drift"`
}

// CountryCount is one country's investors: counted on chain, recounted
// under the kept classes and under the current registry records, and its
// cap (0: none).
type CountryCount struct {
	Country    string `json:"country"` // ISO 3166-1 alpha-2 ("" for a code the table does not know)
	Numeric    uint16 `json:"numeric"`
	Onchain    int64  `json:"onchain"`
	Recounted  int64  `json:"recounted"`
	Current    int64  `json:"current"`
	Cap        int64  `json:"cap"`
	ShareOfAll int64  `json:"share_bps"` // Onchain of all investors counted, in basis points
}

// CategoryCount is one category's investors, as CountryCount.
type CategoryCount struct {
	Category  string `json:"category"`
	Onchain   int64  `json:"onchain"`
	Recounted int64  `json:"recounted"`
	Current   int64  `json:"current"`
	Cap       int64  `json:"cap"`
}

// RecountInvestor is a holder counted under another class than its
// registry record now gives: recount(RecountWith) moves it.
type RecountInvestor struct {
	Anchor         common.Address   `json:"anchor"`
	RecountWith    common.Address   `json:"recount_with"` // a registered wallet of it: the anchor while registered
	Wallets        []common.Address `json:"wallets"`
	Country        string           `json:"country"` // counted under
	Categories     []string         `json:"categories"`
	NowCountry     string           `json:"now_country"` // the registry's now
	NowCategories  []string         `json:"now_categories"`
	CountedNumeric uint16           `json:"counted_numeric"`
	NowNumeric     uint16           `json:"now_numeric"`
}

// investorCounts takes the token's census from the indexed balances bals;
// the countries read are the holders' and every registered identity's.
func (s *Service) investorCounts(ctx context.Context, token common.Address, bals []chain.Balance, ids []chain.RegistryIdentity) (InvestorCounts, error) {
	balances := make(map[common.Address]*big.Int, len(bals))
	for _, b := range bals {
		balances[b.Wallet] = b.Amount
	}
	var countries []uint16
	for _, id := range ids {
		if id.Registered {
			countries = append(countries, id.Country)
		}
	}
	c, err := chain.TakeCensus(ctx, s.cfg.Chain, chain.CensusQuery{Token: token, Registry: s.cfg.Registry, Balances: balances, Countries: countries})
	if err != nil {
		return InvestorCounts{}, err
	}
	on := c.Onchain
	out := InvestorCounts{Counting: on.Counting, InvestorCount: on.InvestorCount, Holders: c.Recorded.Investors, MaxInvestors: on.MaxInvestors,
		MaxCountryShare: on.MaxCountryShare, Countries: []CountryCount{}, Categories: []CategoryCount{}, Recount: []RecountInvestor{}, Drift: c.Drift()}
	if out.Drift == nil {
		out.Drift = []string{}
	}
	if !on.Counting {
		return out, nil
	}
	var counted int64
	for _, cc := range on.Countries {
		counted += cc.Count
	}
	for _, cc := range on.Countries {
		if cc.Count == 0 && cc.Cap == 0 && c.Current.Countries[cc.Country] == 0 {
			continue // a registered investors' country nobody from holds, uncapped
		}
		row := CountryCount{Country: compliance.CountryAlpha2(cc.Country), Numeric: cc.Country, Onchain: cc.Count,
			Recounted: c.Recorded.Countries[cc.Country], Current: c.Current.Countries[cc.Country], Cap: cc.Cap}
		if counted > 0 {
			row.ShareOfAll = cc.Count * 10_000 / counted
		}
		out.Countries = append(out.Countries, row)
	}
	for i := range chain.Categories {
		out.Categories = append(out.Categories, CategoryCount{Category: chain.CategoryName(i), Onchain: on.Categories[i],
			Recounted: c.Recorded.Categories[i], Current: c.Current.Categories[i], Cap: on.CategoryCaps[i]})
	}
	for _, inv := range c.Investors {
		if !inv.Stale() {
			continue
		}
		out.Recount = append(out.Recount, RecountInvestor{Anchor: inv.Anchor, RecountWith: inv.Via, Wallets: inv.Wallets,
			Country: compliance.CountryAlpha2(inv.Entered.Country), Categories: categoryNames(inv.Entered),
			NowCountry: compliance.CountryAlpha2(inv.Current.Country), NowCategories: categoryNames(inv.Current),
			CountedNumeric: inv.Entered.Country, NowNumeric: inv.Current.Country})
	}
	return out, nil
}

func categoryNames(c chain.InvestorClass) []string {
	out := []string{}
	for i := range chain.Categories {
		if c.In(i) {
			out = append(out, chain.CategoryName(i))
		}
	}
	return out
}
