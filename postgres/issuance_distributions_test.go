package postgres_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func mustDistribution(tb testing.TB, s *postgres.IssuanceStore, assetID string, pay common.Address, total int64) issuance.Distribution {
	tb.Helper()
	tree, _ := json.Marshal(map[string]any{"format": "standard-v1", "values": []any{}})
	d := issuance.Distribution{ID: issuance.NewID(), AssetID: assetID, PaymentToken: pay, Total: big.NewInt(total).String(),
		ClaimDeadline: time.Now().Add(time.Hour).UTC().Truncate(time.Second), MerkleRoot: common.Hash{1}, RemainderTo: common.Address{2},
		Remainder: "0", Excluded: []issuance.Excluded{{Account: common.Address{3}, Balance: "5", Reason: issuance.ExcludedFrozen}},
		CreatedBy: "key:tk_issuer", State: issuance.Pending, CreatedAt: time.Now().UTC(), Tree: tree}
	if err := s.CreateDistribution(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// Approved distributions not yet published reserve their total of their
// asset's treasury, per payment token; pending, rejected, published and
// failed ones do not. A decision sees what the others reserve, and the
// database keeps the four-eyes shape of a decision.
func TestDistributionDecisionsReserveTheTreasury(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := &postgres.IssuanceStore{Pool: pool}
	a, other := mustAsset(t, s), mustAsset(t, s)
	p, q := common.Address{0xaa}, common.Address{0xbb}
	d1, d2, d3 := mustDistribution(t, s, a.ID, p, 100), mustDistribution(t, s, a.ID, p, 20), mustDistribution(t, s, a.ID, p, 3)
	mustDistribution(t, s, a.ID, q, 1000)
	mustDistribution(t, s, other.ID, p, 1000)
	reserved := func(want int64) {
		t.Helper()
		got, err := s.DistributionReserved(ctx, a.ID, p)
		if err != nil || got.Int64() != want {
			t.Fatalf("reserved %v (%v), want %d", got, err, want)
		}
	}
	decide := func(id, state string, wantReserved int64) issuance.Distribution {
		t.Helper()
		d, err := s.DecideDistribution(ctx, id, func(d *issuance.Distribution, r *big.Int) error {
			if r.Int64() != wantReserved {
				t.Errorf("decision on %s saw %s reserved, want %d", id, r, wantReserved)
			}
			now := time.Now().UTC()
			d.State, d.DecidedBy, d.DecidedAt, d.DecisionNote = state, "key:tk_approver", &now, "checked"
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	reserved(0) // pending distributions reserve nothing
	decide(d1.ID, issuance.Approved, 0)
	reserved(100)
	decide(d2.ID, issuance.Approved, 100)
	decide(d3.ID, issuance.Rejected, 120)
	reserved(120)
	got, err := s.Distribution(ctx, d2.ID)
	if err != nil || got.State != issuance.Approved || got.DecidedBy != "key:tk_approver" || got.DecidedAt == nil || got.DecisionNote != "checked" ||
		len(got.Excluded) != 1 || got.Excluded[0].Reason != issuance.ExcludedFrozen {
		t.Fatalf("decided distribution %+v %v", got, err)
	}

	// Published: the chain has debited the treasury.
	if err := s.SetDistributionOnchainID(ctx, d1.ID, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	reserved(20)
	// A publication that failed on chain frees its total.
	if _, err := pool.Exec(ctx, `INSERT INTO tx_requests (idempotency_key, chain_id, from_address, data, state)
		VALUES ($1, 1, $2, '\x00', 'failed')`, issuance.DistributionPublishKey(d2.ID), common.Address{9}.Bytes()); err != nil {
		t.Fatal(err)
	}
	reserved(0)

	// The database refuses a decision by the declarer, and a publication of
	// a distribution not approved.
	if _, err := pool.Exec(ctx, `UPDATE issuance_distributions SET state = 'approved', decided_by = created_by WHERE id = $1`, d3.ID); err == nil {
		t.Error("a distribution decided by its declarer was stored")
	}
	d4 := mustDistribution(t, s, a.ID, p, 1)
	if err := s.SetDistributionOnchainID(ctx, d4.ID, big.NewInt(2)); err == nil {
		t.Error("a pending distribution was recorded as published")
	}
	if _, err := s.DecideDistribution(ctx, issuance.NewID(), func(*issuance.Distribution, *big.Int) error { return nil }); err == nil {
		t.Error("deciding an unknown distribution succeeded")
	}
}
