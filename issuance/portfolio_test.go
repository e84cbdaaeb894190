package issuance

import (
	"testing"
	"time"
)

func TestPortfolioSumsPerCurrencyAtTheFinestScale(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	hs := []Holding{
		{Currency: "USD", Value: "153025000000", Valuation: &Valuation{Decimals: 8, UpdatedAt: t0.Add(time.Hour)}}, // 1,530.25
		{Currency: "EUR", Value: "1000", Valuation: &Valuation{Decimals: 2, UpdatedAt: t0}},                        // 10.00
		{Currency: "USD", Value: "2500000", Valuation: &Valuation{Decimals: 6, UpdatedAt: t0}},                     // 2.50
		{Currency: "USD"}, // no valuation yet
	}
	totals, unvalued := Portfolio(hs)
	if unvalued != 1 || len(totals) != 2 {
		t.Fatalf("%+v, %d unvalued", totals, unvalued)
	}
	usd, eur := totals[0], totals[1]
	if usd.Currency != "USD" || usd.Value.String() != "153275000000" || usd.Decimals != 8 || usd.Assets != 2 || !usd.OldestValuation.Equal(t0) {
		t.Errorf("USD %+v, want 1,532.75 at 8 decimals over 2 assets, oldest %s", usd, t0)
	}
	if eur.Currency != "EUR" || eur.Value.String() != "1000" || eur.Decimals != 2 || eur.Assets != 1 {
		t.Errorf("EUR %+v", eur)
	}
	// A coarser scale first, then a finer one: the total is rescaled up.
	totals, _ = Portfolio([]Holding{hs[2], hs[0]})
	if totals[0].Value.String() != "153275000000" || totals[0].Decimals != 8 {
		t.Errorf("coarse then fine: %+v", totals[0])
	}
	// The holdings are left as they were.
	if hs[0].Value != "153025000000" || hs[2].Value != "2500000" {
		t.Error("Portfolio changed the holdings")
	}
}
