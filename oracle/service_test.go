package oracle_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

var testChainID = big.NewInt(31337)

// testFeed is a feed of asset at 8 decimals, 0.5% deviation, 1 h heartbeat.
func testFeed(asset string, addr common.Address) oracle.Feed {
	return oracle.Feed{
		Asset:       asset,
		Address:     addr,
		Decimals:    8,
		Aggregation: oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 1},
		Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: time.Hour, MinAnswer: big.NewInt(1)},
	}
}

func mustService(tb testing.TB, store oracle.Store, now func() time.Time, feeds ...oracle.Feed) *oracle.Service {
	tb.Helper()
	if len(feeds) == 0 {
		feeds = []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), testFeed("BLDG", common.HexToAddress("0xfeed2"))}
	}
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID, Feeds: feeds, Now: now})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func mustKey(tb testing.TB) (*ecdsa.PrivateKey, common.Address) {
	tb.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func mustSign(tb testing.TB, key *ecdsa.PrivateKey, v oracle.Valuation) oracle.SignedValuation {
	tb.Helper()
	sv, err := v.Sign(testChainID, key)
	if err != nil {
		tb.Fatal(err)
	}
	return sv
}

func mustAppraiser(tb testing.TB, s *oracle.Service, addr common.Address, asset string) {
	tb.Helper()
	if _, err := s.AddAppraiser(context.Background(), addr, asset, "appraiser "+addr.Hex()[:8]); err != nil {
		tb.Fatal(err)
	}
}

func TestSubmit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	s := mustService(t, store, nil)
	appraiser, addr := mustKey(t)
	stranger, _ := mustKey(t)
	revoked, revokedAddr := mustKey(t)
	mustAppraiser(t, s, addr, "TBILL")
	mustAppraiser(t, s, revokedAddr, "TBILL")
	if err := s.RevokeAppraiser(ctx, revokedAddr, "TBILL"); err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().Unix())
	val := func(nonce int64) oracle.Valuation {
		return oracle.Valuation{Asset: "TBILL", Value: big.NewInt(10_050_000_000), Decimals: 8, ObservedAt: now - uint64(nonce), Nonce: big.NewInt(nonce)}
	}
	tampered := mustSign(t, appraiser, val(3))
	tampered.Value = big.NewInt(99_000_000_000)
	garbage := mustSign(t, appraiser, val(4))
	garbage.Signature = make([]byte, 65)
	otherAsset := val(5)
	otherAsset.Asset = "BLDG"
	unknown := val(6)
	unknown.Asset = "NOPE"
	future := val(7)
	future.ObservedAt = now + 3600

	tests := []struct {
		name string
		sv   oracle.SignedValuation
		kind errs.Kind // errs.Internal: accepted
		code string
	}{
		{"accepted", mustSign(t, appraiser, val(1)), errs.Internal, ""},
		{"replayed nonce", mustSign(t, appraiser, val(1)), errs.Conflict, oracle.CodeNonceUsed},
		{"second nonce accepted", mustSign(t, appraiser, val(2)), errs.Internal, ""},
		{"unsigned", oracle.SignedValuation{Valuation: val(8)}, errs.Invalid, oracle.CodeBadSignature},
		{"value changed after signing", tampered, errs.Forbidden, oracle.CodeNotAppraiser},
		{"garbage signature", garbage, errs.Invalid, oracle.CodeBadSignature},
		{"unregistered signer", mustSign(t, stranger, val(9)), errs.Forbidden, oracle.CodeNotAppraiser},
		{"revoked signer", mustSign(t, revoked, val(10)), errs.Forbidden, oracle.CodeNotAppraiser},
		{"appraiser of another asset", mustSign(t, appraiser, otherAsset), errs.Forbidden, oracle.CodeNotAppraiser},
		{"unknown asset", mustSign(t, appraiser, unknown), errs.NotFound, oracle.CodeUnknownAsset},
		{"observed in the future", mustSign(t, appraiser, future), errs.Invalid, "observed_in_future"},
	}
	for _, tt := range tests {
		o, err := s.Submit(ctx, tt.sv)
		if tt.code == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if o.ID == 0 || o.Kind != oracle.KindSigned || o.Source != "appraiser:"+addr.Hex() || *o.Signer != addr ||
				o.Value.Cmp(tt.sv.Value) != 0 || !strings.Contains(string(o.Raw), tt.sv.Nonce.String()) {
				t.Errorf("%s: stored %+v", tt.name, o)
			}
			continue
		}
		if e := errs.As(err); e == nil || e.Kind != tt.kind || e.Code != tt.code {
			t.Errorf("%s: got %v (kind %v), want kind %v code %s", tt.name, err, errs.KindOf(err), tt.kind, tt.code)
		}
	}
	// The tampered value recovers some other address: refused as not an
	// appraiser, and nothing refused was stored.
	got, _, err := s.Observations(ctx, "TBILL", oracle.Page{})
	if err != nil || len(got) != 2 {
		t.Fatalf("stored %d observations (%v), want the 2 accepted", len(got), err)
	}
	// A refused submission does not burn its nonce: the appraiser can
	// re-sign the same nonce correctly.
	if _, err := s.Submit(ctx, mustSign(t, appraiser, val(3))); err != nil {
		t.Fatalf("nonce of a refused submission: %v", err)
	}
}

func TestValueAggregatesFreshSubmissions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	notified := 0
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID,
		Feeds:         []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), testFeed("BLDG", common.HexToAddress("0xfeed2"))},
		OnObservation: func() { notified++ }})
	if err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().Unix())
	for i, v := range []int64{100_00000000, 101_00000000, 250_00000000} {
		key, addr := mustKey(t)
		mustAppraiser(t, s, addr, "TBILL")
		if _, err := s.Submit(ctx, mustSign(t, key, oracle.Valuation{Asset: "TBILL", Value: big.NewInt(v), Decimals: 8,
			ObservedAt: now, Nonce: big.NewInt(int64(i))})); err != nil {
			t.Fatal(err)
		}
	}
	if notified != 3 {
		t.Fatalf("OnObservation called %d times for 3 submissions", notified)
	}
	agg, err := s.Value(ctx, "TBILL")
	if err != nil || agg.Value.Int64() != 101_00000000 || len(agg.Used) != 3 {
		t.Fatalf("value %v of %d sources, %v", agg.Value, len(agg.Used), err)
	}
	if _, err := s.Value(ctx, "BLDG"); !errs.Is(err, errs.Unavailable) {
		t.Fatalf("asset without observations: %v", err)
	}
	if _, err := s.Value(ctx, "NOPE"); !errs.Is(err, errs.NotFound) {
		t.Fatalf("unknown asset: %v", err)
	}
}

func TestImportCSV(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	s := mustService(t, store, nil)
	good := "asset,value,observed_at,source\n" +
		"TBILL,100.25,2024-01-31,fund-admin\n" +
		"TBILL,100.5,2024-02-29T00:00:00Z,fund-admin\n" +
		"BLDG,12500000,1709251200,\n"
	mixed := "\ufeffAsset, Value, Observed_At\n" +
		"TBILL,101,2024-03-31\n" +
		"NOPE,1,2024-03-31\n" + // line 3: unknown asset
		"TBILL,1.2.3,2024-03-31\n" + // line 4: bad value
		"TBILL,102,last week\n" + // line 5: bad date
		"TBILL,103,2999-01-01\n" + // line 6: future
		"TBILL,\"104\n" // line 7: broken quoting

	res, err := s.ImportCSV(ctx, strings.NewReader(mixed), oracle.ImportOptions{})
	if !errs.Is(err, errs.Invalid) || res.Imported != 0 {
		t.Fatalf("invalid rows without SkipInvalid: %+v, %v", res, err)
	}
	wantLines := []int{3, 4, 5, 6, 7}
	if len(res.Errors) != len(wantLines) {
		t.Fatalf("row errors %+v, want lines %v", res.Errors, wantLines)
	}
	for i, e := range res.Errors {
		if e.Line != wantLines[i] || e.Message == "" {
			t.Errorf("row error %d: %+v, want line %d", i, e, wantLines[i])
		}
	}
	if obs, _, _ := s.Observations(ctx, "TBILL", oracle.Page{}); len(obs) != 0 {
		t.Fatalf("%d observations stored by a refused import", len(obs))
	}

	res, err = s.ImportCSV(ctx, strings.NewReader(mixed), oracle.ImportOptions{SkipInvalid: true, Label: "q1"})
	if err != nil || res.Imported != 1 || len(res.Errors) != 5 {
		t.Fatalf("SkipInvalid: %+v, %v", res, err)
	}

	res, err = s.ImportCSV(ctx, strings.NewReader(good), oracle.ImportOptions{})
	if err != nil || res.Rows != 3 || res.Imported != 3 || res.Duplicates != 0 {
		t.Fatalf("good import: %+v, %v", res, err)
	}
	res, err = s.ImportCSV(ctx, strings.NewReader(good), oracle.ImportOptions{})
	if err != nil || res.Imported != 0 || res.Duplicates != 3 {
		t.Fatalf("repeated import: %+v, %v", res, err)
	}

	obs, next, err := s.Observations(ctx, "TBILL", oracle.Page{Limit: 2})
	if err != nil || len(obs) != 2 || next == 0 {
		t.Fatalf("page 1: %d, next %d, %v", len(obs), next, err)
	}
	if obs[0].Source != "csv:fund-admin" || obs[0].Value.String() != "10050000000" || obs[0].Kind != oracle.KindCSV ||
		!obs[0].ObservedAt.Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) || string(obs[0].Raw) != "TBILL,100.5,2024-02-29T00:00:00Z,fund-admin" {
		t.Fatalf("newest observation %+v raw %q", obs[0], obs[0].Raw)
	}
	rest, next, err := s.Observations(ctx, "TBILL", oracle.Page{Before: next, Limit: 2})
	if err != nil || len(rest) != 1 || next != 0 || rest[0].Source != "csv:q1" {
		t.Fatalf("page 2: %+v, next %d, %v", rest, next, err)
	}

	if _, err := s.ImportCSV(ctx, strings.NewReader("asset,price\nTBILL,1\n"), oracle.ImportOptions{}); !errs.Is(err, errs.Invalid) {
		t.Fatalf("missing columns: %v", err)
	}
}
