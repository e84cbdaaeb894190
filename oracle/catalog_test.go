package oracle_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
)

// catalogPolicies values every feed the same way, at one source, on a
// 0.5% move or hourly.
var catalogPolicies = oracle.PolicyConfig{Default: oracle.FeedPolicy{
	Aggregation: oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 1},
	Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: time.Hour},
}}

// deployFeed deploys a ValuationFeed of decimals whose transmitter is the
// rig's transaction manager and records it under name.
func (r *relayRig) deployFeed(t *testing.T, name string, decimals uint8) chain.Deployment {
	t.Helper()
	ctx := context.Background()
	opts := chaintest.Transactor(r.anvil, r.anvil.Keys[1])
	addr := chaintest.DeployProxy(t, r.client, opts, "ValuationFeed",
		valuationFeed.PackInitialize(decimals, name, big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 100), opts.From,
			crypto.PubkeyToAddress(r.anvil.Keys[0].PublicKey), crypto.PubkeyToAddress(r.anvil.Keys[0].PublicKey), opts.From))
	head, err := r.client.HeaderByNumber(ctx, nil) // anvil mines the proxy alone in the head block
	if err != nil {
		t.Fatal(err)
	}
	d := chain.Deployment{ChainID: r.anvil.ChainID, Name: name, Contract: "ValuationFeed", Address: addr,
		Block: head.Number.Uint64(), BlockHash: head.Hash()}
	r.record(t, d)
	return d
}

func (r *relayRig) record(t *testing.T, d chain.Deployment) {
	t.Helper()
	if err := (&postgres.Deployments{Pool: r.pool}).SaveDeployment(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// issuanceAsset stores a verified issuance asset called symbol and returns
// its id.
func (r *relayRig) issuanceAsset(t *testing.T, symbol string) string {
	t.Helper()
	a, err := (&postgres.IssuanceStore{Pool: r.pool}).CreateAsset(context.Background(), issuance.Asset{ID: issuance.NewID(),
		Kind: issuance.TreasuryFund, Name: symbol + " Fund", Symbol: symbol, Jurisdiction: "US", Currency: "USD",
		TotalBase: "1000", State: issuance.Verified, CreatedBy: "system:test"})
	if err != nil {
		t.Fatal(err)
	}
	return a.ID
}

func (r *relayRig) catalog(t *testing.T) *oracle.Catalog {
	t.Helper()
	c, err := oracle.NewCatalog(oracle.CatalogConfig{ChainID: r.anvil.ChainID, Deployments: &postgres.Deployments{Pool: r.pool},
		Assets: r.store, Client: r.client, Policies: catalogPolicies, Logger: r.log})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The catalog lists the feeds of the deployment records: the development
// suite's "asset:SYM:feed" under the symbol, a tokenized asset's
// "issuance:<id>:feed" under its id, each with the decimals its contract
// reports. A tokenized asset's symbol is an alias while no other feed on
// record has it: two assets sharing a symbol both answer to their ids
// only, and neither takes the other's key, whatever the order or block
// they were recorded in.
func TestCatalogListsTheFeedsOnRecord(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRelayRig(t)
	demo := r.deployFeed(t, "asset:TBILL:feed", 8)
	hstf := r.issuanceAsset(t, "HSTF")
	hstfFeed := r.deployFeed(t, "issuance:"+hstf+":feed", 6)
	twin := r.issuanceAsset(t, "HSTF")
	twinFeed := r.deployFeed(t, "issuance:"+twin+":feed", 8)
	// Not feeds, or no asset to value: left out.
	r.record(t, chain.Deployment{ChainID: r.anvil.ChainID, Name: "issuance:" + hstf + ":token", Contract: "AssetToken", Address: common.HexToAddress("0x70")})
	r.record(t, chain.Deployment{ChainID: r.anvil.ChainID, Name: "issuance:" + issuance.NewID() + ":feed", Contract: "ValuationFeed", Address: common.HexToAddress("0x71")})

	c := r.catalog(t)
	feeds, err := c.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]oracle.Feed{}
	for _, f := range feeds {
		got[f.Asset] = f
	}
	if len(feeds) != 3 {
		t.Fatalf("feeds %+v, want TBILL, HSTF and the twin", feeds)
	}
	for _, want := range []struct {
		key, id  string
		addr     common.Address
		decimals uint8
	}{{"TBILL", "", demo.Address, 8}, {hstf, hstf, hstfFeed.Address, 6}, {twin, twin, twinFeed.Address, 8}} {
		f, ok := got[want.key]
		if !ok || f.ID != want.id || f.Address != want.addr || f.Decimals != want.decimals || f.Policy.Heartbeat != time.Hour {
			t.Errorf("feed %s = %+v (present %v); want id %q, %s, %d decimals", want.key, f, ok, want.id, want.addr, want.decimals)
		}
	}
	for ref, key := range map[string]string{"TBILL": "TBILL", hstf: hstf, twin: twin} {
		if f, err := c.Feed(ctx, ref); err != nil || f.Asset != key {
			t.Errorf("Feed(%s) = %s, %v; want %s", ref, f.Asset, err, key)
		}
	}
	for _, ref := range []string{"NOPE", "HSTF"} { // HSTF: two assets have it
		if _, err := c.Feed(ctx, ref); errs.As(err) == nil || errs.As(err).Code != oracle.CodeUnknownAsset || errs.As(err).Kind != errs.NotFound {
			t.Errorf("Feed(%s): %v", ref, err)
		}
	}

	// An asset taking a demo feed's symbol gets no alias, and the demo
	// feed keeps its key; a feed whose decimals cannot be read leaves the
	// others' keys as they are.
	r.deployFeed(t, "issuance:"+r.issuanceAsset(t, "TBILL")+":feed", 8)
	r.record(t, chain.Deployment{ChainID: r.anvil.ChainID, Name: "issuance:" + r.issuanceAsset(t, "SOLO") + ":feed",
		Contract: "ValuationFeed", Address: common.HexToAddress("0x72")}) // no code: decimals unreadable
	if f, err := r.catalog(t).Feed(ctx, "TBILL"); err != nil || f.Address != demo.Address {
		t.Errorf("TBILL after an asset took its symbol: %s %s, %v; want the demo feed %s", f.Asset, f.Address, err, demo.Address)
	}
}

// A tokenized asset with a symbol no other feed has answers to it too,
// and a later asset taking that symbol takes nothing, whatever block its
// feed is recorded with: the first keeps its key, its
// appraisers and its observations, and the symbol just stops resolving.
func TestCatalogSymbolCannotBeTakenOver(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRelayRig(t)
	victim := r.issuanceAsset(t, "TBOND")
	victimFeed := r.deployFeed(t, "issuance:"+victim+":feed", 8)
	c := r.catalog(t)
	if f, err := c.Feed(ctx, "TBOND"); err != nil || f.Asset != victim || f.Address != victimFeed.Address {
		t.Fatalf("Feed(TBOND) = %+v, %v; want the victim's feed under its id", f, err)
	}
	attacker := r.issuanceAsset(t, "TBOND")
	r.deployFeed(t, "issuance:"+attacker+":feed", 8)
	c = r.catalog(t)
	if f, err := c.Feed(ctx, victim); err != nil || f.Asset != victim || f.Address != victimFeed.Address {
		t.Errorf("the victim after a twin symbol: %+v, %v", f, err)
	}
	if f, err := c.Feed(ctx, attacker); err != nil || f.Address == victimFeed.Address || f.Asset == victim {
		t.Errorf("the attacker's asset resolves to %+v, %v", f, err)
	}
	if f, err := c.Feed(ctx, "TBOND"); err == nil {
		t.Errorf("TBOND still resolves, to %s", f.Address)
	}
}

// A fund tokenized while the platform runs is valued without a restart:
// its feed is on record after the relay and the service started, the
// service finds it at the first request (an appraiser's registration, a
// CSV import, a signed valuation naming the asset by symbol or id), and
// the relay pushes its value on its next pass.
func TestRelayFollowsFeedsRecordedAfterStart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRelayRig(t)
	r.deployFeed(t, "asset:TBILL:feed", 8)
	c := r.catalog(t)
	r.startTxm(t)
	rl, err := oracle.NewRelay(oracle.RelayConfig{Store: r.store, Client: r.client, Tx: r.txm, TxLookup: r.txStore,
		Locker:  &postgres.Leader{Pool: r.pool, Retry: 20 * time.Millisecond},
		ChainID: r.anvil.ChainID, Source: c, Interval: time.Hour, Logger: r.log})
	if err != nil {
		t.Fatal(err)
	}
	if err := rl.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rl.Stop(context.Background()) })
	svc, err := oracle.NewService(oracle.ServiceConfig{Store: r.store, ChainID: r.anvil.ChainID, Source: c,
		OnObservation: rl.Notify, Keys: postgres.NewAPIKeyStore(r.pool)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Feed(ctx, "HSTF"); errs.As(err) == nil || errs.As(err).Code != oracle.CodeUnknownAsset {
		t.Fatalf("HSTF before its feed is recorded: %v", err)
	}

	id := r.issuanceAsset(t, "HSTF")
	feed := r.deployFeed(t, "issuance:"+id+":feed", 8)
	imp, err := svc.ImportCSV(ctx, testFeeder, strings.NewReader("asset,value,observed_at\nHSTF,99.5,2026-01-02\n"+id+",99.75,2026-01-03\n"),
		oracle.ImportOptions{})
	if err != nil || imp.Imported != 2 {
		t.Fatalf("import of the new fund's history: %+v, %v", imp, err)
	}
	submit := r.appraisers(t, svc, id, 1) // registered under the asset's id, which files it
	if reqs, _, err := svc.AppraiserRequests(ctx, "HSTF", oracle.Page{}); err != nil || len(reqs) != 1 || reqs[0].Asset != id {
		t.Fatalf("appraiser requests of HSTF: %+v, %v", reqs, err)
	}
	submit(0, "101.25")
	reader := mustReader(t, r.client, feed.Address, nil)
	waitFor(t, "the new fund's first round", func() bool {
		v, err := reader.Latest(ctx)
		return err == nil && v.Answer.Cmp(big.NewInt(101_25000000)) == 0
	})
	obs, _, err := svc.Observations(ctx, id, oracle.Page{})
	if err != nil || len(obs) != 3 {
		t.Fatalf("observations of HSTF: %d, %v", len(obs), err)
	}
	for _, o := range obs {
		if o.Asset != id {
			t.Errorf("observation %d filed under %q", o.ID, o.Asset)
		}
	}
}
