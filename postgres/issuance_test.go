package postgres_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func mustAsset(tb testing.TB, s *postgres.IssuanceStore) issuance.Asset {
	tb.Helper()
	a, err := s.CreateAsset(context.Background(), issuance.Asset{ID: issuance.NewID(), Kind: issuance.TreasuryFund, Name: "Fund",
		Symbol: "FND", Jurisdiction: "DE", Currency: "EUR", TotalBase: "1000", Decimals: 2, Attributes: map[string]string{"a": "b"},
		State: issuance.Draft, CreatedBy: "tk_issuer"})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// The history is append-only: the database refuses to change or delete an
// event, and a change refused by the domain writes neither the asset nor
// an event.
func TestIssuanceEventsAreAppendOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := &postgres.IssuanceStore{Pool: pool}
	a := mustAsset(t, s)
	if _, err := s.UpdateAsset(ctx, a.ID, func(x *issuance.Asset) (issuance.Event, error) {
		x.State = issuance.Submitted
		return issuance.Event{From: issuance.Draft, To: issuance.Submitted, Actor: "tk_issuer"}, nil
	}); err != nil {
		t.Fatal(err)
	}
	refused := errs.E(errs.Conflict, "invalid_state", "no")
	if _, err := s.UpdateAsset(ctx, a.ID, func(x *issuance.Asset) (issuance.Event, error) {
		x.State = issuance.Active
		return issuance.Event{}, refused
	}); !errors.Is(err, refused) {
		t.Fatalf("refused change: %v", err)
	}
	got, err := s.Asset(ctx, a.ID)
	if err != nil || got.State != issuance.Submitted {
		t.Fatalf("asset after a refused change: %s %v", got.State, err)
	}
	evs, err := s.Events(ctx, a.ID)
	if err != nil || len(evs) != 2 || evs[1].From != issuance.Draft || evs[1].To != issuance.Submitted {
		t.Fatalf("events: %+v %v", evs, err)
	}
	for _, q := range []string{`UPDATE issuance_asset_events SET actor = 'someone else'`, `DELETE FROM issuance_asset_events`} {
		if _, err := pool.Exec(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v; want refused", q, err)
		}
	}
	if _, err := s.Asset(ctx, issuance.NewID()); !errors.Is(err, issuance.ErrNotFound) {
		t.Errorf("unknown asset: %v", err)
	}
}

// The same bytes under two names or two assets are stored once.
func TestIssuanceDocumentsAreContentAddressed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.IssuanceStore{Pool: pgtest.NewDB(t)}
	a, b := mustAsset(t, s), mustAsset(t, s)
	content := []byte("%PDF-1.7 deed")
	sum := sha256.Sum256(content)
	for _, d := range []issuance.Document{{AssetID: a.ID, Name: "deed"}, {AssetID: a.ID, Name: "copy"}, {AssetID: b.ID, Name: "deed"}} {
		d.Kind, d.ContentType, d.Size, d.SHA256, d.UploadedBy = "title_deed", "application/pdf", len(content), "0x"+common.Bytes2Hex(sum[:]), "tk_issuer"
		if _, err := s.PutDocument(ctx, d, content); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.BlobCount(ctx); err != nil || n != 1 {
		t.Fatalf("%d blobs (%v), want 1", n, err)
	}
	d, got, err := s.Document(ctx, b.ID, "deed")
	if err != nil || string(got) != string(content) || d.SHA256 != "0x"+common.Bytes2Hex(sum[:]) {
		t.Fatalf("document: %+v %q %v", d, got, err)
	}
	if _, _, err := s.Document(ctx, b.ID, "copy"); !errors.Is(err, issuance.ErrNotFound) {
		t.Fatalf("another asset's document: %v", err)
	}
}
