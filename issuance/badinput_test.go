package issuance_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/issuance"
)

// Every bad input is a clear 4xx with a code, and writes nothing.
func TestBadInput(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()

	// A fund registered on the suite's existing token (6 decimals).
	a, err := e.issuer.CreateAsset(ctx, fund())
	if err != nil {
		t.Fatal(err)
	}
	draft, err := e.issuer.CreateAsset(ctx, building())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Submitted), ""); err != nil {
		t.Fatal(err)
	}
	if _, err := e.approver.TransitionAsset(ctx, a.ID, string(issuance.Verified), ""); err != nil {
		t.Fatal(err)
	}
	// A token with other decimals is refused; the suite's fund token fits.
	wrong := api.Tokenize{Token: &e.suite.BuildingTok.Address}
	_, err = e.issuer.Tokenize(ctx, a.ID, wrong)
	mustCode(t, err, 422, "decimals_mismatch")
	a, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &e.suite.FundToken.Address, Feed: &e.suite.FundFeed.Address})
	if err != nil {
		t.Fatal(err)
	}
	good := api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "10"}

	// A key with both scopes may create and request, never verify or
	// approve its own work.
	own, err := e.both.CreateAsset(ctx, fund())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.both.TransitionAsset(ctx, own.ID, string(issuance.Submitted), ""); err != nil {
		t.Fatal(err)
	}
	_, err = e.both.TransitionAsset(ctx, own.ID, string(issuance.Verified), "")
	mustCode(t, err, 403, "self_approval")
	mine, err := e.both.RequestMint(ctx, a.ID, good)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.both.ApproveRequest(ctx, mine.ID, "")
	mustCode(t, err, 403, "self_approval")
	if _, err := e.approver.RejectRequest(ctx, mine.ID, "wrong investor"); err != nil {
		t.Fatal(err)
	}
	_, err = e.approver.ApproveRequest(ctx, mine.ID, "")
	mustCode(t, err, 409, "already_decided")

	unknown := issuance.NewID()
	tests := []struct {
		name   string
		call   func() error
		status int
		code   string
	}{
		{"unknown asset", func() error { _, err := e.auditor.Asset(ctx, unknown); return err }, 404, "asset_not_found"},
		{"malformed asset id", func() error { _, err := e.auditor.Asset(ctx, "nope"); return err }, 404, "asset_not_found"},
		{"mint on unknown asset", func() error { _, err := e.issuer.RequestMint(ctx, unknown, good); return err }, 404, "asset_not_found"},
		{"unknown request", func() error { _, err := e.approver.ApproveRequest(ctx, unknown, ""); return err }, 404, "request_not_found"},
		{"mint on a draft", func() error { _, err := e.issuer.RequestMint(ctx, draft.ID, good); return err }, 409, "invalid_state"},
		{"tokenize a draft", func() error { _, err := e.issuer.Tokenize(ctx, draft.ID, api.Tokenize{}); return err }, 409, "invalid_state"},
		{"draft to active", func() error {
			_, err := e.issuer.TransitionAsset(ctx, draft.ID, string(issuance.Active), "")
			return err
		}, 409, "invalid_state"},
		{"verify a draft", func() error {
			_, err := e.approver.TransitionAsset(ctx, draft.ID, string(issuance.Verified), "")
			return err
		}, 409, "invalid_state"},
		{"zero amount", func() error { return mintAmount(e, a.ID, "0") }, 400, "invalid_amount"},
		{"negative amount", func() error { return mintAmount(e, a.ID, "-5") }, 400, "invalid_amount"},
		{"not a number", func() error { return mintAmount(e, a.ID, "ten") }, 400, "invalid_amount"},
		{"exponent", func() error { return mintAmount(e, a.ID, "1e5") }, 400, "invalid_amount"},
		{"beyond uint256", func() error { return mintAmount(e, a.ID, "1"+strings.Repeat("0", 78)) }, 400, "invalid_amount"},
		{"beyond the token's 2^96-1", func() error { return mintAmount(e, a.ID, "79228162514265000000000") }, 400, "invalid_amount"},
		{"more decimals than the asset", func() error { return mintAmount(e, a.ID, "1.0000001") }, 400, "decimals_mismatch"},
		{"bad wallet", func() error {
			_, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: "0x1234", AmountUnits: "1"})
			return err
		}, 400, "invalid_wallet"},
		{"unverified investor", func() error {
			_, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.stranger.Hex(), AmountUnits: "1"})
			return err
		}, 422, "transfer_restricted"},
		{"burn more than held", func() error { _, err := e.issuer.RequestBurn(ctx, a.ID, good); return err }, 422, "insufficient_balance"},
		{"lock-up in the past", func() error {
			past := time.Now().Add(-time.Hour)
			_, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "1", LockedUntil: &past})
			return err
		}, 400, "invalid_lockup"},
		{"approver cannot request", func() error { _, err := e.approver.RequestMint(ctx, a.ID, good); return err }, 403, "missing_scope"},
		{"bad kind", func() error { n := fund(); n.Kind = "castle"; _, err := e.issuer.CreateAsset(ctx, n); return err }, 400, "invalid_kind"},
		{"bad symbol", func() error { n := fund(); n.Symbol = "ttf"; _, err := e.issuer.CreateAsset(ctx, n); return err }, 400, "invalid_symbol"},
		{"bad currency", func() error { n := fund(); n.Currency = "dollars"; _, err := e.issuer.CreateAsset(ctx, n); return err }, 400, "invalid_currency"},
		{"unique with decimals", func() error { n := fund(); n.Unique = true; _, err := e.issuer.CreateAsset(ctx, n); return err }, 400, "decimals_mismatch"},
		{"total units with too many decimals", func() error {
			n := building()
			n.TotalUnits = "10.5"
			_, err := e.issuer.CreateAsset(ctx, n)
			return err
		}, 400, "decimals_mismatch"},
		{"document over the limit", func() error {
			big := append([]byte("%PDF-1.7\n"), make([]byte, 64<<10)...)
			_, err := e.issuer.UploadDocument(ctx, a.ID, "huge", "prospectus", "application/pdf", big)
			return err
		}, 413, "document_too_large"},
		{"document type not allowed", func() error {
			_, err := e.issuer.UploadDocument(ctx, a.ID, "page", "other", "text/html", []byte("<html></html>"))
			return err
		}, 415, "unsupported_document_type"},
		{"document bytes not what they claim", func() error {
			_, err := e.issuer.UploadDocument(ctx, a.ID, "fake", "other", "application/pdf", []byte("just text"))
			return err
		}, 415, "content_type_mismatch"},
		{"document name", func() error {
			_, err := e.issuer.UploadDocument(ctx, a.ID, "Title Deed!", "other", "application/pdf", pdf)
			return err
		}, 400, "invalid_name"},
		{"unknown document", func() error { _, _, err := e.auditor.DownloadDocument(ctx, a.ID, "nothing"); return err }, 404, "document_not_found"},
		{"distribution snapshot", func() error {
			_, err := e.issuer.Distribute(ctx, a.ID, api.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: "5", Snapshot: "yesterday"})
			return err
		}, 400, "invalid_snapshot"},
		{"distribution snapshot not indexed yet", func() error {
			far := uint64(1 << 40)
			_, err := e.issuer.Distribute(ctx, a.ID, api.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: "5", SnapshotBlock: &far})
			return err
		}, 409, "snapshot_not_indexed"},
		{"distribution with a zero total", func() error {
			_, err := e.issuer.Distribute(ctx, a.ID, api.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: "0"})
			return err
		}, 400, "invalid_amount"},
	}
	before := countRequests(t, e, a.ID)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { mustCode(t, tc.call(), tc.status, tc.code) })
	}
	if after := countRequests(t, e, a.ID); after != before {
		t.Fatalf("%d requests after the bad inputs, %d before", after, before)
	}
	if ds, err := e.svc.Documents(ctx, a.ID); err != nil || len(ds) != 0 {
		t.Fatalf("documents after the bad uploads: %v %v", ds, err)
	}

	// The rules chosen at onboarding are set on the deployed token: with at
	// most one investor, a second investor's mint is refused (0x59); and no
	// mint takes the supply beyond the asset's total units.
	n := fund()
	n.Symbol, n.TotalUnits, n.Rules = "ONE", "1000", api.AssetRules{MaxInvestors: ptr(int64(1))}
	one := onboard(t, e, n, prospectus, "prospectus")
	mint(t, e, one, e.wallets[0], "10")
	_, err = e.issuer.RequestMint(ctx, one.ID, api.NewRequest{Wallet: e.wallets[1].Hex(), AmountUnits: "1"})
	mustCode(t, err, 422, "transfer_restricted")
	if !strings.Contains(err.Error(), "0x59") {
		t.Fatalf("refusal %v does not carry restriction 0x59 (maximum investors)", err)
	}
	_, err = e.issuer.TransitionAsset(ctx, one.ID, string(issuance.Redeemed), "")
	mustCode(t, err, 409, "units_outstanding")
	_, err = e.issuer.RequestMint(ctx, one.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "990.000001"})
	mustCode(t, err, 422, "exceeds_total_units")
	full, err := e.issuer.RequestMint(ctx, one.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "990"})
	if err != nil {
		t.Fatalf("a mint up to the total units: %v", err)
	}
	// Pending requests count too: with 990 units awaiting approval, 5 more
	// are refused at once; rejecting the 990 frees them.
	_, err = e.issuer.RequestMint(ctx, one.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "5"})
	mustCode(t, err, 422, "exceeds_total_units")
	if _, err := e.approver.RejectRequest(ctx, full.ID, "the subscription was withdrawn"); err != nil {
		t.Fatal(err)
	}

	// A mint with a lock-up reaches the chain as mintLocked.
	until := time.Now().Add(30 * 24 * time.Hour).Truncate(time.Second)
	locked, err := e.issuer.RequestMint(ctx, one.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "5", LockedUntil: &until})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.approver.ApproveRequest(ctx, locked.ID, ""); err != nil {
		t.Fatal(err)
	}
	if r := e.waitRequest(t, locked.ID); r.ChainState == "failed" {
		t.Fatalf("locked mint failed: %s", r.Error)
	}
	tok := assettoken.NewAssetToken()
	lock, err := bind.Call(tok.Instance(e.c, *one.Token), nil, tok.PackLockOf(e.wallets[0]), tok.UnpackLockOf)
	if err != nil || lock.Amount.String() != "5000000" || lock.LockedUntil != uint64(until.Unix()) {
		t.Fatalf("lock-up on chain: %+v %v", lock, err)
	}

	// The same Idempotency-Key replays the first request; with another
	// payload it is refused. One request is stored.
	key := client.WithIdempotencyKey("mint-once")
	r1, err := e.issuer.RequestMint(ctx, a.ID, good, key)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := e.issuer.RequestMint(ctx, a.ID, good, key)
	if err != nil || r2.ID != r1.ID {
		t.Fatalf("replay: %v, id %s vs %s", err, r2.ID, r1.ID)
	}
	_, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: good.Wallet, AmountUnits: "11"}, key)
	mustCode(t, err, 422, "idempotency_key_reused")
	if after := countRequests(t, e, a.ID); after != before+1 {
		t.Fatalf("%d requests after an idempotent replay, want %d", after, before+1)
	}

	// Bulk: bad rows are reported by number and nothing is stored; a good
	// file becomes one batch that is approved and reaches the chain.
	bad := "wallet,amount\n" + e.wallets[0].Hex() + ",5\n0xnope,5\n" + e.wallets[1].Hex() + ",1.0000001\n" + e.stranger.Hex() + ",1\n" + e.wallets[0].Hex() + ",2\n"
	res, err := e.issuer.RequestBulk(ctx, a.ID, bad, "bulk")
	if err != nil {
		t.Fatal(err)
	}
	var rows []int
	var codes []string
	for _, re := range res.Errors {
		rows, codes = append(rows, re.Row), append(codes, re.Code)
	}
	if res.BatchID != "" || res.Accepted != 0 || res.Rows != 5 ||
		strings.Join(codes, ",") != "invalid_wallet,decimals_mismatch,transfer_restricted,duplicate_wallet" || rows[0] != 3 || rows[3] != 6 {
		t.Fatalf("bulk with bad rows: %+v", res)
	}
	if after := countRequests(t, e, a.ID); after != before+1 {
		t.Fatalf("a refused bulk request stored %d requests", after-before-1)
	}
	// A wallet in mixed case must carry its EIP-55 checksum.
	flipped := []byte(e.wallets[0].Hex())
	for i := 2; i < len(flipped); i++ {
		if c := flipped[i]; c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			flipped[i] ^= 0x20
			break
		}
	}
	res, err = e.issuer.RequestBulk(ctx, a.ID, string(flipped)+",1\n", "")
	if err != nil || res.BatchID != "" || len(res.Errors) != 1 || res.Errors[0].Code != "invalid_wallet" {
		t.Fatalf("bulk with a wallet whose checksum fails: %+v %v", res, err)
	}
	// Rows fine one by one but beyond the total units together: row 0.
	res, err = e.issuer.RequestBulk(ctx, a.ID, e.wallets[0].Hex()+",6000000\n"+e.wallets[1].Hex()+",6000000\n", "")
	if err != nil || res.BatchID != "" || len(res.Errors) != 1 || res.Errors[0].Row != 0 || res.Errors[0].Code != "exceeds_total_units" {
		t.Fatalf("bulk beyond the total units: %+v %v", res, err)
	}
	okCSV := ""
	for i, w := range e.wallets {
		okCSV += w.Hex() + "," + []string{"1", "2.5", "3.000001"}[i] + "\n"
	}
	res, err = e.issuer.RequestBulk(ctx, a.ID, okCSV, "bulk")
	if err != nil || res.BatchID == "" || res.Accepted != 3 {
		t.Fatalf("bulk: %+v %v", res, err)
	}
	p, err := e.auditor.BatchProgress(ctx, a.ID, res.BatchID)
	if err != nil || p.States["pending"] != 3 || p.Done {
		t.Fatalf("progress before approval: %+v %v", p, err)
	}
	if _, err := e.approver.ApproveBatch(ctx, a.ID, res.BatchID, "ok"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		p, err = e.auditor.BatchProgress(ctx, a.ID, res.BatchID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("batch not done: %+v", p)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if p.States["confirmed"]+p.States["finalized"] != 3 {
		t.Fatalf("batch progress: %+v", p)
	}
	if got := e.balanceOf(t, e.suite.FundToken.Address, e.wallets[2]); got.String() != "3000001" {
		t.Fatalf("bulk mint to investor 3: %s", got)
	}

	// The approval queue: pending requests only (the replayed mint); the
	// rejected one apart; an unknown state is refused.
	byState := map[string][]string{}
	for _, st := range []string{"pending", "rejected", "approved"} {
		for r, err := range e.approver.Requests(ctx, a.ID, st) {
			if err != nil {
				t.Fatal(err)
			}
			if r.State != st {
				t.Fatalf("?state=%s listed a %s request", st, r.State)
			}
			byState[st] = append(byState[st], r.ID)
		}
	}
	if len(byState["pending"]) != 1 || byState["pending"][0] != r1.ID || len(byState["rejected"]) != 1 || byState["rejected"][0] != mine.ID || len(byState["approved"]) != 3 {
		t.Fatalf("requests by state: %v", byState)
	}
	var bogus error
	for _, err := range e.approver.Requests(ctx, a.ID, "bogus") {
		bogus = err
		break
	}
	mustCode(t, bogus, 400, "invalid_state_filter")
}

func mintAmount(e *env, assetID, amount string) error {
	_, err := e.issuer.RequestMint(context.Background(), assetID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: amount})
	return err
}
