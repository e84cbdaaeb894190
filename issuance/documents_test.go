package issuance_test

import (
	"context"
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth/apikey"
)

// TestDocumentsAfterVerificationNeedASecondPrincipal closes L8: once an
// approver has verified an asset, its issuer alone can no longer replace
// (or add) a document. The upload is only a proposal — the current
// document and the hash on chain stay as verified — until a principal
// independent of the proposer approves it.
func TestDocumentsAfterVerificationNeedASecondPrincipal(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := onboard(t, e, fund(), prospectus, "prospectus")
	forged := append([]byte("%PDF-1.7\n"), []byte("a prospectus the approver never saw")...)

	d, err := e.issuer.UploadDocument(ctx, a.ID, "prospectus", "prospectus", "application/pdf", forged)
	if err != nil {
		t.Fatal(err)
	}
	if d.Proposal == nil || d.Proposal.State != "pending" {
		t.Fatalf("a replacement after verification took effect at once: %+v", d)
	}
	orig := common.Hash(sha256.Sum256(prospectus)).Hex()
	current := func() (string, string) {
		t.Helper()
		got, _, err := e.auditor.DownloadDocument(ctx, a.ID, "prospectus")
		if err != nil {
			t.Fatal(err)
		}
		return got.SHA256, got.OnchainHash
	}
	if sum, onchain := current(); sum != orig || onchain != orig {
		t.Fatalf("while proposed: current %s, on chain %s; want the verified %s", sum, onchain, orig)
	}
	// A second proposal for the same name waits for the first.
	if _, err := e.issuer.UploadDocument(ctx, a.ID, "prospectus", "prospectus", "application/pdf", forged); err == nil {
		t.Fatal("a second pending proposal for the same document was accepted")
	}

	// The proposer's owner cannot approve with a second key of its own.
	me, _ := e.issuer.Me(ctx)
	twinID, twinSecret := e.srv.NewOwnedKey(t, "issuer's approver key", me.Owner, apikey.Approver)
	twin := e.srv.Client(t, twinID, twinSecret)
	_, err = twin.DecideDocument(ctx, a.ID, d.Proposal.ID, true, "mine")
	mustCode(t, err, 403, "self_approval")
	// An issuer key cannot decide at all.
	_, err = e.issuer.DecideDocument(ctx, a.ID, d.Proposal.ID, true, "")
	mustCode(t, err, 403, "missing_scope")

	got, err := e.approver.DecideDocument(ctx, a.ID, d.Proposal.ID, true, "amendment checked")
	if err != nil {
		t.Fatal(err)
	}
	want := common.Hash(sha256.Sum256(forged)).Hex()
	if got.SHA256 != want || got.Proposal == nil || got.Proposal.State != "approved" {
		t.Fatalf("approved: %+v", got)
	}
	if sum, onchain := current(); sum != want || onchain != want {
		t.Fatalf("after approval: current %s, on chain %s; want %s", sum, onchain, want)
	}
	// Decided once.
	_, err = e.approver.DecideDocument(ctx, a.ID, d.Proposal.ID, false, "again")
	mustCode(t, err, 409, "already_decided")
	ps, err := e.auditor.DocumentProposals(ctx, a.ID)
	if err != nil || len(ps) != 1 || ps[0].DecidedBy == "" || ps[0].ProposedBy == ps[0].DecidedBy {
		t.Fatalf("proposals %+v %v", ps, err)
	}
}
