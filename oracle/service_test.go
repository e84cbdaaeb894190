package oracle_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

var testChainID = big.NewInt(31337)

// The principals of tests that need no API key: an admin requests
// appraisers, an approver decides, a feeder carries submissions and imports.
var (
	testAdmin    = auth.System("test-admin", auth.Admin)
	testApprover = auth.System("test-approver", auth.Approver)
	testFeeder   = auth.System("test-feeder", auth.Oracle)
)

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

// mustService returns a service on store whose four-eyes checks resolve
// keys in the same database.
func mustService(tb testing.TB, store *postgres.OracleStore, now func() time.Time, feeds ...oracle.Feed) *oracle.Service {
	tb.Helper()
	if len(feeds) == 0 {
		feeds = []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), testFeed("BLDG", common.HexToAddress("0xfeed2"))}
	}
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID, Feeds: feeds, Now: now,
		Keys: postgres.NewAPIKeyStore(store.Pool)})
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

// mustSign signs v with key for the feed s serves v's asset on.
func mustSign(tb testing.TB, s *oracle.Service, key *ecdsa.PrivateKey, v oracle.Valuation) oracle.SignedValuation {
	tb.Helper()
	d, err := s.Domain(context.Background(), v.Asset)
	if err != nil {
		d = oracle.Domain{ChainID: testChainID, Feed: common.HexToAddress("0xdead")} // an asset s does not serve
	}
	sv, err := v.Sign(d, key)
	if err != nil {
		tb.Fatal(err)
	}
	return sv
}

// mustAppraiser registers addr for asset: requested by one principal,
// approved by an independent one.
func mustAppraiser(tb testing.TB, s *oracle.Service, addr common.Address, asset string) {
	tb.Helper()
	ctx := context.Background()
	r, err := s.RequestAppraiser(ctx, testAdmin, asset, addr, "appraiser "+addr.Hex()[:8])
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.ApproveAppraiserRequest(ctx, testApprover, r.ID, ""); err != nil {
		tb.Fatal(err)
	}
}

// mustRevoke revokes addr for asset, four-eyes.
func mustRevoke(tb testing.TB, s *oracle.Service, addr common.Address, asset string) {
	tb.Helper()
	ctx := context.Background()
	r, err := s.RequestRevocation(ctx, testAdmin, asset, addr)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.ApproveAppraiserRequest(ctx, testApprover, r.ID, "key lost"); err != nil {
		tb.Fatal(err)
	}
}

// keyring makes real API keys in a test database, so four-eyes checks run
// against keys as stored, with their owners and custodians.
type keyring struct{ svc *apikey.Service }

func newKeyring(tb testing.TB, store *postgres.OracleStore) keyring {
	tb.Helper()
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(store.Pool), MasterKey: bytes.Repeat([]byte{0x5e}, 32)})
	if err != nil {
		tb.Fatal(err)
	}
	return keyring{svc: svc}
}

// principal creates a key of owner with scopes and resolves it as every
// door does.
func (k keyring) principal(tb testing.TB, owner string, scopes ...auth.Scope) auth.Principal {
	tb.Helper()
	ctx := context.Background()
	key, _, err := k.svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "test", Owner: owner, Scopes: scopes})
	if err != nil {
		tb.Fatal(err)
	}
	p, err := k.svc.Resolve(ctx, key.ID)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func wantErr(tb testing.TB, what string, err error, kind errs.Kind, code string) {
	tb.Helper()
	if e := errs.As(err); e == nil || e.Kind != kind || (code != "" && e.Code != code) {
		tb.Fatalf("%s: got %v (kind %v), want kind %v code %q", what, err, errs.KindOf(err), kind, code)
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
	mustRevoke(t, s, revokedAddr, "TBILL")
	now := uint64(time.Now().Unix())
	val := func(nonce int64) oracle.Valuation {
		return oracle.Valuation{Asset: "TBILL", Value: big.NewInt(10_050_000_000), Decimals: 8, ObservedAt: now - uint64(nonce), Nonce: big.NewInt(nonce)}
	}
	tampered := mustSign(t, s, appraiser, val(3))
	tampered.Value = big.NewInt(99_000_000_000)
	garbage := mustSign(t, s, appraiser, val(4))
	garbage.Signature = make([]byte, 65)
	otherAsset := val(5)
	otherAsset.Asset = "BLDG"
	unknown := val(6)
	unknown.Asset = "NOPE"
	future := val(7)
	future.ObservedAt = now + 3600
	otherFeed, err := val(11).Sign(oracle.Domain{ChainID: testChainID, Feed: common.HexToAddress("0xfeed2")}, appraiser)
	if err != nil {
		t.Fatal(err)
	}
	issuer := auth.System("test-issuer", auth.Issuer)

	tests := []struct {
		name string
		p    auth.Principal
		sv   oracle.SignedValuation
		kind errs.Kind // errs.Internal: accepted
		code string
	}{
		{"accepted", testFeeder, mustSign(t, s, appraiser, val(1)), errs.Internal, ""},
		{"replayed nonce", testFeeder, mustSign(t, s, appraiser, val(1)), errs.Conflict, oracle.CodeNonceUsed},
		{"second nonce accepted", testFeeder, mustSign(t, s, appraiser, val(2)), errs.Internal, ""},
		{"unsigned", testFeeder, oracle.SignedValuation{Valuation: val(8)}, errs.Invalid, oracle.CodeBadSignature},
		{"value changed after signing", testFeeder, tampered, errs.Forbidden, oracle.CodeNotAppraiser},
		{"garbage signature", testFeeder, garbage, errs.Invalid, oracle.CodeBadSignature},
		{"unregistered signer", testFeeder, mustSign(t, s, stranger, val(9)), errs.Forbidden, oracle.CodeNotAppraiser},
		{"revoked signer", testFeeder, mustSign(t, s, revoked, val(10)), errs.Forbidden, oracle.CodeNotAppraiser},
		{"appraiser of another asset", testFeeder, mustSign(t, s, appraiser, otherAsset), errs.Forbidden, oracle.CodeNotAppraiser},
		{"signed for another feed", testFeeder, otherFeed, errs.Forbidden, oracle.CodeNotAppraiser},
		{"unknown asset", testFeeder, mustSign(t, s, appraiser, unknown), errs.NotFound, oracle.CodeUnknownAsset},
		{"observed in the future", testFeeder, mustSign(t, s, appraiser, future), errs.Invalid, "observed_in_future"},
		{"carried by a key without the oracle scope", issuer, mustSign(t, s, appraiser, val(12)), errs.Forbidden, "missing_scope"},
		{"carried by no principal", auth.Principal{}, mustSign(t, s, appraiser, val(13)), errs.Unauthenticated, "missing_authorization"},
	}
	for _, tt := range tests {
		o, err := s.Submit(ctx, tt.p, tt.sv)
		if tt.code == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if o.ID == 0 || o.Kind != oracle.KindSigned || o.Source != "appraiser:"+addr.Hex() || *o.Signer != addr ||
				o.Actor != testFeeder.Actor() || o.Value.Cmp(tt.sv.Value) != 0 || !strings.Contains(string(o.Raw), tt.sv.Nonce.String()) ||
				!strings.Contains(string(o.Raw), `"verifyingContract":"`+common.HexToAddress("0xfeed").Hex()+`"`) {
				t.Errorf("%s: stored %+v raw %s", tt.name, o, o.Raw)
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
	if _, err := s.Submit(ctx, testFeeder, mustSign(t, s, appraiser, val(3))); err != nil {
		t.Fatalf("nonce of a refused submission: %v", err)
	}
}

// A signature binds a valuation to one feed (the EIP-712 domain's
// verifyingContract): the same asset served on another feed, on the same
// chain, by the same appraiser, refuses it.
func TestSignatureForOneFeedRefusedByAnother(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	feedA, feedB := common.HexToAddress("0xaaaa"), common.HexToAddress("0xbbbb")
	a := mustService(t, &postgres.OracleStore{Pool: pgtest.NewDB(t)}, nil, testFeed("TBILL", feedA))
	b := mustService(t, &postgres.OracleStore{Pool: pgtest.NewDB(t)}, nil, testFeed("TBILL", feedB))
	key, addr := mustKey(t)
	mustAppraiser(t, a, addr, "TBILL")
	mustAppraiser(t, b, addr, "TBILL")
	v := oracle.Valuation{Asset: "TBILL", Value: big.NewInt(10_000_000_000), Decimals: 8, ObservedAt: uint64(time.Now().Unix()), Nonce: big.NewInt(1)}
	forA := mustSign(t, a, key, v)
	if _, err := b.Submit(ctx, testFeeder, forA); errs.As(err) == nil || errs.As(err).Code != oracle.CodeNotAppraiser {
		t.Fatalf("feed B took a signature made for feed A: %v", err)
	}
	if _, err := a.Submit(ctx, testFeeder, forA); err != nil {
		t.Fatalf("feed A refused its own signature: %v", err)
	}
	if _, err := b.Submit(ctx, testFeeder, mustSign(t, b, key, v)); err != nil {
		t.Fatalf("feed B refused a signature made for it: %v", err)
	}
	if d, _ := b.Domain(ctx, "TBILL"); d.Feed != feedB || d.ChainID.Cmp(testChainID) != 0 {
		t.Fatalf("domain %+v", d)
	}
}

func TestValueAggregatesFreshSubmissions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	notified := 0
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID, Keys: postgres.NewAPIKeyStore(store.Pool),
		Feeds:         []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), testFeed("BLDG", common.HexToAddress("0xfeed2"))},
		OnObservation: func() { notified++ }})
	if err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().Unix())
	for i, v := range []int64{100_00000000, 101_00000000, 250_00000000} {
		key, addr := mustKey(t)
		mustAppraiser(t, s, addr, "TBILL")
		if _, err := s.Submit(ctx, testFeeder, mustSign(t, s, key, oracle.Valuation{Asset: "TBILL", Value: big.NewInt(v), Decimals: 8,
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

// Finding H3: one oracle key imported rows under invented source names and
// moved the median from 100.05 to 1.00, dropping the signed appraisers as
// outliers, and the relay would have pushed it. Imports are history now:
// the value the relay would push, and its sources, do not move.
func TestImportCannotSteerTheValue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	feed := testFeed("TBILL", common.HexToAddress("0xfeed"))
	feed.Aggregation = oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 2, OutlierPPB: 20_000_000}
	s := mustService(t, store, nil, feed)
	now := time.Now().UTC().Truncate(time.Second)
	for i, v := range []string{"100.00", "100.05", "100.10"} {
		key, addr := mustKey(t)
		mustAppraiser(t, s, addr, "TBILL")
		value, _ := oracle.ParseDecimal(v, 8)
		if _, err := s.Submit(ctx, testFeeder, mustSign(t, s, key, oracle.Valuation{Asset: "TBILL", Value: value, Decimals: 8,
			ObservedAt: uint64(now.Unix()), Nonce: big.NewInt(int64(i))})); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.Value(ctx, "TBILL")
	if err != nil || before.Value.String() != "10005000000" || len(before.Used) != 3 {
		t.Fatalf("before the import: %v of %d sources, %v", before.Value, len(before.Used), err)
	}

	// The exploit as reported: three fresh rows under invented sources.
	// The source column is refused outright, and nothing is stored.
	at := now.Format(time.RFC3339)
	exploit := "asset,value,observed_at,source\n" +
		"TBILL,1.00," + at + ",ghost-1\n" + "TBILL,1.00," + at + ",ghost-2\n" + "TBILL,1.00," + at + ",ghost-3\n"
	res, err := s.ImportCSV(ctx, testFeeder, strings.NewReader(exploit), oracle.ImportOptions{SkipInvalid: true})
	wantErr(t, "import naming sources", err, errs.Invalid, oracle.CodeSourceColumn)
	if res.Imported != 0 {
		t.Fatalf("an import naming sources stored %d rows", res.Imported)
	}
	// The same outliers without a source column, from three different
	// oracle keys (three sources, were they live): history only.
	for i := range 3 {
		feeder := auth.System(fmt.Sprintf("test-feeder-%d", i), auth.Oracle)
		res, err := s.ImportCSV(ctx, feeder, strings.NewReader("asset,value,observed_at\nTBILL,1.00,"+at+"\n"), oracle.ImportOptions{})
		if err != nil || res.Imported != 1 {
			t.Fatalf("import %d: %+v, %v", i, res, err)
		}
	}

	after, err := s.Value(ctx, "TBILL")
	if err != nil {
		t.Fatalf("after the import: %v", err)
	}
	if after.Value.Cmp(before.Value) != 0 || len(after.Used) != 3 || len(after.Rejected) != 0 {
		t.Fatalf("after the import: %s of %d sources, %d rejected; want %s of 3, none rejected",
			after.Value, len(after.Used), len(after.Rejected), before.Value)
	}
	for _, o := range after.Used {
		if o.Kind != oracle.KindSigned {
			t.Fatalf("the value uses %s observation %+v", o.Kind, o)
		}
	}
	// What the relay reads from the store holds no imported row either.
	fresh, err := store.FreshObservations(ctx, "TBILL", now.Add(-time.Hour))
	if err != nil || len(fresh) != 3 {
		t.Fatalf("fresh observations %d, %v; want the 3 appraisers'", len(fresh), err)
	}
	// The history still shows the imports, marked as imported and by whom.
	obs, _, err := s.Observations(ctx, "TBILL", oracle.Page{})
	if err != nil || len(obs) != 6 {
		t.Fatalf("history %d observations, %v", len(obs), err)
	}
	if o := obs[0]; o.Kind != oracle.KindCSV || o.Actor != "system:test-feeder-2" || o.Source != "csv:system:test-feeder-2" {
		t.Fatalf("newest observation %+v", o)
	}
}

func TestImportCSV(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	notified := 0
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID, Keys: postgres.NewAPIKeyStore(store.Pool),
		Feeds:         []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), testFeed("BLDG", common.HexToAddress("0xfeed2"))},
		OnObservation: func() { notified++ }})
	if err != nil {
		t.Fatal(err)
	}
	good := "asset,value,observed_at\n" +
		"TBILL,100.25,2024-01-31\n" +
		"TBILL,100.5,2024-02-29T00:00:00Z\n" +
		"BLDG,12500000,1709251200\n"
	mixed := "\ufeffAsset, Value, Observed_At\n" +
		"TBILL,101,2024-03-31\n" +
		"NOPE,1,2024-03-31\n" + // line 3: unknown asset
		"TBILL,1.2.3,2024-03-31\n" + // line 4: bad value
		"TBILL,102,last week\n" + // line 5: bad date
		"TBILL,103,2999-01-01\n" + // line 6: future
		"TBILL,\"104\n" // line 7: broken quoting

	res, err := s.ImportCSV(ctx, testFeeder, strings.NewReader(mixed), oracle.ImportOptions{})
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

	other := auth.System("other-feeder", auth.Oracle)
	res, err = s.ImportCSV(ctx, other, strings.NewReader(mixed), oracle.ImportOptions{SkipInvalid: true})
	if err != nil || res.Imported != 1 || len(res.Errors) != 5 {
		t.Fatalf("SkipInvalid: %+v, %v", res, err)
	}

	res, err = s.ImportCSV(ctx, testFeeder, strings.NewReader(good), oracle.ImportOptions{})
	if err != nil || res.Rows != 3 || res.Imported != 3 || res.Duplicates != 0 {
		t.Fatalf("good import: %+v, %v", res, err)
	}
	res, err = s.ImportCSV(ctx, testFeeder, strings.NewReader(good), oracle.ImportOptions{})
	if err != nil || res.Imported != 0 || res.Duplicates != 3 {
		t.Fatalf("repeated import: %+v, %v", res, err)
	}
	if notified != 0 {
		t.Fatalf("imports woke the relay %d times: they never change the value", notified)
	}

	obs, next, err := s.Observations(ctx, "TBILL", oracle.Page{Limit: 2})
	if err != nil || len(obs) != 2 || next == 0 {
		t.Fatalf("page 1: %d, next %d, %v", len(obs), next, err)
	}
	if obs[0].Source != "csv:"+testFeeder.Actor() || obs[0].Actor != testFeeder.Actor() || obs[0].Value.String() != "10050000000" ||
		obs[0].Kind != oracle.KindCSV || !obs[0].ObservedAt.Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) ||
		string(obs[0].Raw) != "TBILL,100.5,2024-02-29T00:00:00Z" {
		t.Fatalf("newest observation %+v raw %q", obs[0], obs[0].Raw)
	}
	rest, next, err := s.Observations(ctx, "TBILL", oracle.Page{Before: next, Limit: 2})
	if err != nil || len(rest) != 1 || next != 0 || rest[0].Source != "csv:"+other.Actor() {
		t.Fatalf("page 2: %+v, next %d, %v", rest, next, err)
	}

	if _, err := s.ImportCSV(ctx, testFeeder, strings.NewReader("asset,price\nTBILL,1\n"), oracle.ImportOptions{}); !errs.Is(err, errs.Invalid) {
		t.Fatalf("missing columns: %v", err)
	}
	_, err = s.ImportCSV(ctx, testFeeder, strings.NewReader("asset,value,observed_at,Source\nTBILL,1,2024-01-01,\n"), oracle.ImportOptions{})
	wantErr(t, "a source column, even empty", err, errs.Invalid, oracle.CodeSourceColumn)
	_, err = s.ImportCSV(ctx, auth.System("test-issuer", auth.Issuer), strings.NewReader(good), oracle.ImportOptions{})
	wantErr(t, "import without the oracle scope", err, errs.Forbidden, "missing_scope")
}

// Registering an appraiser is four-eyes: one principal asks, an
// independent one decides, and only then do the appraiser's signatures
// count. Run with real API keys, owners and custodians.
func TestAppraiserRegistrationFourEyes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	s := mustService(t, store, nil)
	keys := newKeyring(t, store)
	alice := keys.principal(t, "alice@example.com", auth.Admin)
	aliceAgain := keys.principal(t, "alice@example.com", auth.Admin, auth.Approver) // a second key of the same owner
	bob := keys.principal(t, "bob@example.com", auth.Approver)
	carol := keys.principal(t, "carol@example.com", auth.Admin)
	feeder := keys.principal(t, "feeds@example.com", auth.Oracle)
	key, addr := mustKey(t)
	nonce := int64(0)
	start := time.Now().Unix() // one clock reading: each nonce its own second
	submit := func() error {
		nonce++
		_, err := s.Submit(ctx, feeder, mustSign(t, s, key, oracle.Valuation{Asset: "TBILL", Value: big.NewInt(10_000_000_000),
			Decimals: 8, ObservedAt: uint64(start - nonce), Nonce: big.NewInt(nonce)}))
		return err
	}

	_, err := s.RequestAppraiser(ctx, feeder, "TBILL", addr, "Fund admin")
	wantErr(t, "request by an oracle key", err, errs.Forbidden, "missing_scope")
	req, err := s.RequestAppraiser(ctx, alice, "TBILL", addr, "Fund admin")
	if err != nil || req.State != oracle.RequestPending || req.RequestedBy != alice.Actor() || req.Change != oracle.ChangeRegister {
		t.Fatalf("request: %+v, %v", req, err)
	}
	_, err = s.RequestAppraiser(ctx, carol, "TBILL", addr, "Fund admin")
	wantErr(t, "a second pending request", err, errs.Conflict, oracle.CodeRequestPending)

	// Pending: the appraiser's signatures do not count yet.
	wantErr(t, "submission while pending", submit(), errs.Forbidden, oracle.CodeNotAppraiser)

	// Neither the requester nor another key of the same owner may decide.
	_, err = s.ApproveAppraiserRequest(ctx, alice, req.ID, "")
	wantErr(t, "the requester approves", err, errs.Forbidden, "self_approval")
	_, err = s.ApproveAppraiserRequest(ctx, aliceAgain, req.ID, "")
	wantErr(t, "the requester's owner approves with a second key", err, errs.Forbidden, "self_approval")
	_, err = s.RejectAppraiserRequest(ctx, aliceAgain, req.ID, "changed my mind")
	wantErr(t, "the requester's owner rejects with a second key", err, errs.Forbidden, "self_approval")
	_, err = s.ApproveAppraiserRequest(ctx, feeder, req.ID, "")
	wantErr(t, "approval by an oracle key", err, errs.Forbidden, "missing_scope")
	wantErr(t, "submission after refused approvals", submit(), errs.Forbidden, oracle.CodeNotAppraiser)

	// An independent approver: registered, and its signatures count.
	got, err := s.ApproveAppraiserRequest(ctx, bob, req.ID, "checked the engagement letter")
	if err != nil || got.State != oracle.RequestApproved || got.DecidedBy != bob.Actor() || got.DecidedAt == nil {
		t.Fatalf("approve: %+v, %v", got, err)
	}
	if err := submit(); err != nil {
		t.Fatalf("submission after approval: %v", err)
	}
	_, err = s.ApproveAppraiserRequest(ctx, bob, req.ID, "")
	wantErr(t, "approved twice", err, errs.Conflict, oracle.CodeAlreadyDecided)
	_, err = s.RequestAppraiser(ctx, carol, "TBILL", addr, "Fund admin")
	wantErr(t, "registering an active appraiser", err, errs.Conflict, oracle.CodeAppraiserActive)

	// A revocation is four-eyes too: until it is approved the appraiser
	// still counts; a rejection needs a note and changes nothing.
	rev, err := s.RequestRevocation(ctx, carol, "TBILL", addr)
	if err != nil || rev.Change != oracle.ChangeRevoke {
		t.Fatalf("revocation request: %+v, %v", rev, err)
	}
	if err := submit(); err != nil {
		t.Fatalf("submission while a revocation is pending: %v", err)
	}
	_, err = s.RejectAppraiserRequest(ctx, bob, rev.ID, " ")
	wantErr(t, "rejection without a note", err, errs.Invalid, "reason_required")
	if rej, err := s.RejectAppraiserRequest(ctx, bob, rev.ID, "not this one"); err != nil || rej.State != oracle.RequestRejected {
		t.Fatalf("reject: %+v, %v", rej, err)
	}
	if err := submit(); err != nil {
		t.Fatalf("submission after a rejected revocation: %v", err)
	}
	rev, err = s.RequestRevocation(ctx, carol, "TBILL", addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApproveAppraiserRequest(ctx, aliceAgain, rev.ID, "key compromised"); err != nil {
		t.Fatalf("approval independent of carol: %v", err)
	}
	wantErr(t, "submission after revocation", submit(), errs.Forbidden, oracle.CodeNotAppraiser)
	_, err = s.RequestRevocation(ctx, carol, "TBILL", addr)
	wantErr(t, "revoking a revoked appraiser", err, errs.NotFound, "appraiser_not_found")

	list, next, err := s.AppraiserRequests(ctx, "TBILL", oracle.Page{})
	if err != nil || len(list) != 3 || next != 0 || list[0].ID != rev.ID || list[2].ID != req.ID {
		t.Fatalf("requests %+v, next %d, %v", list, next, err)
	}
}

// A key created by the requester's owner holds a secret that owner has
// seen, so it cannot be the second pair of eyes either.
func TestAppraiserApprovalByAKeyTheRequesterMade(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	s := mustService(t, store, nil)
	keys := newKeyring(t, store)
	alice := keys.principal(t, "alice@example.com", auth.Admin)
	made, _, err := keys.svc.Create(ctx, alice, apikey.CreateParams{Name: "for bob", Owner: "bob@example.com", Scopes: []auth.Scope{auth.Approver}})
	if err != nil {
		t.Fatal(err)
	}
	bobViaAlice, err := keys.svc.Resolve(ctx, made.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, addr := mustKey(t)
	req, err := s.RequestAppraiser(ctx, alice, "TBILL", addr, "Fund admin")
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.ApproveAppraiserRequest(ctx, bobViaAlice, req.ID, "")
	wantErr(t, "approval by a key the requester created", err, errs.Forbidden, "self_approval")
}
