package postgres_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func mustObservations(tb testing.TB, s *postgres.OracleStore, obs ...oracle.Observation) []oracle.Observation {
	tb.Helper()
	out, err := s.AddObservations(context.Background(), obs)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func httpObservation(source string, value int64, at time.Time) oracle.Observation {
	return oracle.Observation{Asset: "TBILL", Source: source, Kind: oracle.KindHTTP, Value: big.NewInt(value),
		Decimals: 8, ObservedAt: at, ReceivedAt: at, Raw: []byte(`{"nav":1}`)}
}

func TestOracleFreshObservations(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	now := time.Now().UTC().Truncate(time.Second)
	mustObservations(t, s,
		httpObservation("http:a", 1, now.Add(-2*time.Hour)),
		httpObservation("http:a", 2, now.Add(-time.Minute)),
		httpObservation("http:a", 3, now.Add(-2*time.Minute)),
		httpObservation("http:b", 4, now.Add(-90*time.Minute)),
		httpObservation("http:c", 5, now),
	)
	// The same (asset, source, time) again is skipped.
	if again := mustObservations(t, s, httpObservation("http:c", 6, now)); len(again) != 0 {
		t.Fatalf("duplicate stored: %+v", again)
	}
	fresh, err := s.FreshObservations(ctx, "TBILL", now.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, o := range fresh {
		got[o.Source] = o.Value.Int64()
	}
	if len(got) != 2 || got["http:a"] != 2 || got["http:c"] != 5 {
		t.Fatalf("fresh %v, want the latest of a and c", got)
	}
}

// Imported rows are history: the store never hands them to the relay, and
// an import's source can only be its importer's actor.
func TestOracleFreshObservationsSkipImports(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	now := time.Now().UTC().Truncate(time.Second)
	imported := func(actor, source string, value int64) oracle.Observation {
		return oracle.Observation{Asset: "TBILL", Source: source, Kind: oracle.KindCSV, Value: big.NewInt(value), Decimals: 8,
			ObservedAt: now, ReceivedAt: now, Actor: actor, Raw: []byte("TBILL,1," + now.Format(time.RFC3339))}
	}
	stored := mustObservations(t, s, httpObservation("http:a", 100, now), imported("key:tk_1", "csv:key:tk_1", 1))
	if len(stored) != 2 || stored[1].Actor != "key:tk_1" || stored[1].Kind != oracle.KindCSV {
		t.Fatalf("stored %+v", stored)
	}
	fresh, err := s.FreshObservations(ctx, "TBILL", now.Add(-time.Hour))
	if err != nil || len(fresh) != 1 || fresh[0].Source != "http:a" {
		t.Fatalf("fresh %+v, %v; want only the live source", fresh, err)
	}
	// A caller-chosen source for an import is refused by the schema too.
	if _, err := s.AddObservations(ctx, []oracle.Observation{imported("key:tk_1", "csv:ghost", 1)}); err == nil {
		t.Fatal("an import under an invented source was stored")
	}
	if _, err := s.AddObservations(ctx, []oracle.Observation{imported("", "csv:", 1)}); err == nil {
		t.Fatal("an import without an actor was stored")
	}
}

// An approval applies its change in the same transaction; a request can be
// decided once; one pending request per appraiser.
func TestOracleAppraiserRequests(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	addr := common.HexToAddress("0xa11ce")
	now := time.Now().UTC().Truncate(time.Microsecond)
	newRequest := func(change oracle.AppraiserChange) oracle.AppraiserRequest {
		r, err := s.CreateAppraiserRequest(ctx, oracle.AppraiserRequest{Asset: "TBILL", Address: addr, Name: "Fund admin",
			Change: change, RequestedBy: "key:tk_a", RequestedAt: now})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	decide := func(id int64, state oracle.RequestState) (oracle.AppraiserRequest, *oracle.Appraiser, error) {
		var seen *oracle.Appraiser
		r, err := s.DecideAppraiserRequest(ctx, id, func(r *oracle.AppraiserRequest, cur *oracle.Appraiser) error {
			seen = cur
			at := now.Add(time.Second)
			r.State, r.DecidedBy, r.DecidedAt = state, "key:tk_b", &at
			return nil
		})
		return r, seen, err
	}
	reg := newRequest(oracle.ChangeRegister)
	if reg.ID == 0 || reg.State != oracle.RequestPending || reg.DecidedAt != nil {
		t.Fatalf("created %+v", reg)
	}
	if _, err := s.CreateAppraiserRequest(ctx, reg); errs.As(err) == nil || errs.As(err).Code != oracle.CodeRequestPending {
		t.Fatalf("second pending request: %v", err)
	}
	if _, err := s.Appraiser(ctx, addr, "TBILL"); !errs.Is(err, errs.NotFound) {
		t.Fatalf("registered before approval: %v", err)
	}
	got, cur, err := decide(reg.ID, oracle.RequestApproved)
	if err != nil || got.State != oracle.RequestApproved || got.DecidedBy != "key:tk_b" || cur != nil {
		t.Fatalf("approve: %+v (current %+v), %v", got, cur, err)
	}
	a, err := s.Appraiser(ctx, addr, "TBILL")
	if err != nil || a.RevokedAt != nil || a.Name != "Fund admin" {
		t.Fatalf("appraiser after approval: %+v, %v", a, err)
	}
	// The requester is recorded and cannot be the decider, even in SQL.
	_, err = s.DecideAppraiserRequest(ctx, newRequest(oracle.ChangeRevoke).ID, func(r *oracle.AppraiserRequest, _ *oracle.Appraiser) error {
		r.State, r.DecidedBy, r.DecidedAt = oracle.RequestApproved, r.RequestedBy, &now
		return nil
	})
	if err == nil {
		t.Fatal("a request was decided by its requester")
	}
	list, err := s.AppraiserRequests(ctx, "TBILL", 0, 10)
	if err != nil || len(list) != 2 || list[0].Change != oracle.ChangeRevoke || list[0].State != oracle.RequestPending {
		t.Fatalf("requests %+v, %v", list, err)
	}
	got, cur, err = decide(list[0].ID, oracle.RequestApproved)
	if err != nil || cur == nil || cur.RevokedAt != nil {
		t.Fatalf("approve revocation: %+v (current %+v), %v", got, cur, err)
	}
	if a, err := s.Appraiser(ctx, addr, "TBILL"); err != nil || a.RevokedAt == nil || !a.RevokedAt.Equal(*got.DecidedAt) {
		t.Fatalf("appraiser after revocation: %+v, %v", a, err)
	}
	if _, err := s.DecideAppraiserRequest(ctx, 999999, nil); !errs.Is(err, errs.NotFound) {
		t.Fatalf("unknown request: %v", err)
	}
}

func TestOraclePushLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	now := time.Now().UTC().Truncate(time.Second)
	obs := mustObservations(t, s, httpObservation("http:a", 100, now), httpObservation("http:b", 102, now),
		httpObservation("http:c", 500, now))
	chainID, feed := big.NewInt(31337), common.HexToAddress("0xfeed")

	newPush := func(round int64, attempt int) oracle.Push {
		return oracle.Push{Asset: "TBILL", ChainID: chainID, Feed: feed, IntendedRound: big.NewInt(round), Attempt: attempt,
			IdempotencyKey: oracle.PushKey(chainID, feed, big.NewInt(round), attempt), Answer: big.NewInt(101),
			ObservedAt: now, Reason: oracle.ReasonFirstRound, Calldata: []byte{1, 2, 3},
			Used: obs[:2], Rejected: obs[2:]}
	}
	if _, err := s.OpenPush(ctx, chainID, feed); !errs.Is(err, errs.NotFound) {
		t.Fatalf("open push of a new feed: %v", err)
	}
	p1, err := s.CreatePush(ctx, newPush(1, 0))
	if err != nil || p1.ID == 0 || p1.State != oracle.PushPending {
		t.Fatalf("create: %+v, %v", p1, err)
	}
	if _, err := s.CreatePush(ctx, newPush(2, 0)); !errs.Is(err, errs.Conflict) {
		t.Fatalf("second pending push of a feed: %v", err)
	}
	open, err := s.OpenPush(ctx, chainID, feed)
	if err != nil || open.ID != p1.ID || open.Answer.Int64() != 101 || string(open.Calldata) != "\x01\x02\x03" {
		t.Fatalf("open: %+v, %v", open, err)
	}
	if n, err := s.NextAttempt(ctx, chainID, feed, big.NewInt(1)); err != nil || n != 1 {
		t.Fatalf("next attempt %d, %v", n, err)
	}
	if err := s.FinishPush(ctx, p1.ID, oracle.PushResult{State: oracle.PushFailed, Error: "reverted", At: now}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishPush(ctx, p1.ID, oracle.PushResult{State: oracle.PushConfirmed, At: now}); !errs.Is(err, errs.NotFound) {
		t.Fatalf("finishing twice: %v", err)
	}
	p2, err := s.CreatePush(ctx, newPush(1, 1))
	if err != nil {
		t.Fatal(err)
	}
	hash := common.HexToHash("0xabc")
	if err := s.FinishPush(ctx, p2.ID, oracle.PushResult{State: oracle.PushConfirmed, RoundID: big.NewInt(1), TxHash: hash,
		BlockNumber: 7, GasUsed: 60_000, At: now}); err != nil {
		t.Fatal(err)
	}
	p3, err := s.CreatePush(ctx, newPush(2, 0))
	if err != nil {
		t.Fatal(err)
	}

	page, err := s.Pushes(ctx, "TBILL", 0, 2)
	if err != nil || len(page) != 2 || page[0].ID != p3.ID || page[1].ID != p2.ID {
		t.Fatalf("page 1: %+v, %v", page, err)
	}
	confirmed := page[1]
	if confirmed.State != oracle.PushConfirmed || confirmed.RoundID.Int64() != 1 || confirmed.TxHash != hash ||
		confirmed.GasUsed != 60_000 || confirmed.BlockNumber != 7 {
		t.Fatalf("confirmed push %+v", confirmed)
	}
	if len(confirmed.Used) != 2 || confirmed.Used[0].Value.Int64() != 100 || len(confirmed.Rejected) != 1 ||
		confirmed.Rejected[0].Source != "http:c" {
		t.Fatalf("observations behind the push: used %+v rejected %+v", confirmed.Used, confirmed.Rejected)
	}
	rest, err := s.Pushes(ctx, "TBILL", page[1].ID, 2)
	if err != nil || len(rest) != 1 || rest[0].ID != p1.ID || rest[0].State != oracle.PushFailed || rest[0].Error != "reverted" {
		t.Fatalf("page 2: %+v, %v", rest, err)
	}
}

func TestOracleNonces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	signer := common.HexToAddress("0xa11ce")
	o := oracle.Observation{Asset: "TBILL", Source: "appraiser:" + signer.Hex(), Kind: oracle.KindSigned, Value: big.NewInt(1),
		Decimals: 8, ObservedAt: time.Now(), ReceivedAt: time.Now(), Signer: &signer, Nonce: new(big.Int).Lsh(big.NewInt(1), 255), Raw: []byte("{}")}
	if _, err := s.AddSignedObservation(ctx, o); err != nil {
		t.Fatal(err)
	}
	o.ObservedAt = o.ObservedAt.Add(time.Second)
	if _, err := s.AddSignedObservation(ctx, o); errs.As(err) == nil || errs.As(err).Code != oracle.CodeNonceUsed {
		t.Fatalf("reused nonce: %v", err)
	}
	o.Nonce = big.NewInt(2)
	o.ObservedAt = o.ObservedAt.Add(-time.Second)
	if _, err := s.AddSignedObservation(ctx, o); errs.As(err) == nil || errs.As(err).Code != oracle.CodeObservationExists {
		t.Fatalf("same time twice: %v", err)
	}
	// The refused observation did not use nonce 2.
	o.ObservedAt = o.ObservedAt.Add(time.Hour)
	if _, err := s.AddSignedObservation(ctx, o); err != nil {
		t.Fatalf("nonce 2 after a refused insert: %v", err)
	}
}
