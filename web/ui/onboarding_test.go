package ui_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/compliance"
)

// Self-service onboarding end to end: compliance officer A requests a KYC
// provider's key and officer B approves it in the browser; the provider
// signs an attestation for a new wallet, which signs in to the portal, is
// sent to the onboarding page, pastes the attestation and is registered
// at once (an auto tier), verified in the identity registry on chain. A
// retail attestation (a review tier) lands in the officers' review queue,
// and approving it there verifies that wallet too.
func TestBrowserSelfServiceOnboarding(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	idA, secretA := e.srv.NewKey(t, "officer a", apikey.Compliance)
	idB, secretB := e.srv.NewKey(t, "officer b", apikey.Compliance)
	login := func(id, secret string) context.Context {
		tab := newTab(t, nil)
		run(t, tab, "sign in "+id,
			signInSteps(e.srv.URL(), id, secret),
			chromedp.Navigate(e.srv.URL()+"/ui/compliance"),
			chromedp.WaitVisible("#new-kyc-key", chromedp.ByQuery),
		)
		return tab
	}
	providerKey, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(providerKey.PublicKey)

	// A requests the key; A is not offered to approve it; B approves.
	a := login(idA, secretA)
	run(t, a, "fill the key form",
		chromedp.SendKeys(`#new-kyc-key [name="provider"]`, "acme-kyc", chromedp.ByQuery),
		chromedp.SendKeys(`#new-kyc-key [name="signer"]`, signer.Hex(), chromedp.ByQuery),
		chromedp.SendKeys(`#new-kyc-key [name="reason"]`, "contract 2026-41 signed", chromedp.ByQuery),
	)
	submit(t, a, "request key", `#new-kyc-key button[type="submit"]`, chromedp.WaitVisible("#kyc-key-requests", chromedp.ByQuery))
	var own int
	run(t, a, "own request", chromedp.Evaluate(`document.querySelectorAll('#kyc-key-requests form').length`, &own))
	if own != 0 {
		t.Fatal("the requester is offered to decide its own key request")
	}
	b := login(idB, secretB)
	var state string
	submit(t, b, "approve key", `#kyc-key-requests form[action$="/approve"] button`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Text(`#kyc-keys [data-field="state"]`, &state, chromedp.ByQuery),
	)
	if state != "active" {
		t.Fatalf("key state %q after approval", state)
	}
	shot(t, b, "kyc-providers")

	officer := e.srv.Client(t, idA, secretA)
	if _, err := officer.SetOnboardingPolicy(ctx, api.SetOnboardingPolicy{Reason: "launch", Tiers: []api.TierRule{
		{Tier: "retail", Mode: "review"}, {Tier: "accredited", Mode: "auto", Countries: []string{"DE"}},
	}}); err != nil {
		t.Fatal(err)
	}
	domain, err := e.comp.AttestationDomain()
	if err != nil {
		t.Fatal(err)
	}
	attest := func(wallet common.Address, subject string, cats compliance.Flag) string {
		now := time.Now()
		s, err := compliance.Attestation{Wallet: wallet, Subject: crypto.Keccak256Hash([]byte(subject)), Country: 276, Categories: cats,
			Expiry: uint64(now.AddDate(1, 0, 0).Unix()), IssuedAt: uint64(now.Add(-time.Minute).Unix()),
			Nonce: crypto.Keccak256Hash([]byte(subject), []byte(now.String()))}.Sign(domain, providerKey)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return string(doc)
	}
	verified := func(w common.Address) bool {
		reg := identityregistry.NewIdentityRegistry()
		to := e.suite.Registry.Address
		out, err := e.c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: reg.PackIsVerified(w)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := reg.UnpackIsVerified(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	onboard := func(key *ecdsa.PrivateKey, doc, want string) (context.Context, string) {
		w := &testWallet{key: key, client: e.c, chainID: e.a.ChainID}
		tab := newTab(t, w)
		var loc, result string
		run(t, tab, "sign in and land on the onboarding page",
			chromedp.Navigate(e.srv.URL()+"/"),
			chromedp.WaitVisible("#siwe", chromedp.ByQuery),
			chromedp.Click("#siwe", chromedp.ByQuery),
			chromedp.WaitVisible("#onboard-form", chromedp.ByQuery),
			chromedp.Location(&loc),
		)
		if !strings.HasSuffix(loc, "/ui/portal/onboard") {
			t.Fatalf("a wallet not onboarded lands on %s", loc)
		}
		run(t, tab, "paste", chromedp.SetValue("#attestation", doc, chromedp.ByQuery))
		submit(t, tab, "onboard", "#onboard-submit",
			chromedp.WaitVisible(`#onboard-result[data-status="`+want+`"]`, chromedp.ByQuery),
			chromedp.Text("#onboard-result", &result, chromedp.ByQuery),
		)
		return tab, result
	}

	// Auto tier: registered at once, verified on chain.
	alice, _ := crypto.GenerateKey()
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	if verified(aliceAddr) {
		t.Fatal("a fresh wallet is verified")
	}
	tab, result := onboard(alice, attest(aliceAddr, "person-alice", compliance.Accredited), "registered")
	if !strings.HasPrefix(result, "Registered") {
		t.Fatalf("auto tier answers %q", result)
	}
	readme(t, tab, "onboarding")
	if !verified(aliceAddr) {
		t.Fatal("the onboarded wallet is not verified in the identity registry")
	}
	// The portal now shows the holdings page, not the onboarding page.
	var loc string
	run(t, tab, "portal", chromedp.Navigate(e.srv.URL()+"/ui/portal"), chromedp.WaitVisible("#wallet", chromedp.ByQuery), chromedp.Location(&loc))
	if !strings.HasSuffix(loc, "/ui/portal") {
		t.Fatalf("an onboarded wallet is sent to %s", loc)
	}

	// A refusal is a clear answer on the same page: an attestation for
	// another wallet.
	mallory, _ := crypto.GenerateKey()
	_, result = onboard(mallory, attest(aliceAddr, "person-alice", compliance.Accredited), "refused")
	if !strings.Contains(result, "not for the signed-in wallet") {
		t.Fatalf("someone else's attestation answers %q", result)
	}

	// Review tier: waiting for review, in the officers' queue.
	bob, _ := crypto.GenerateKey()
	bobAddr := crypto.PubkeyToAddress(bob.PublicKey)
	_, result = onboard(bob, attest(bobAddr, "person-bob", 0), "review")
	if !strings.HasPrefix(result, "Waiting for review") || verified(bobAddr) {
		t.Fatalf("review tier answers %q", result)
	}
	row := `#onboarding-queue [data-wallet="` + bobAddr.Hex() + `"]`
	run(t, b, "queue", chromedp.Navigate(e.srv.URL()+"/ui/compliance"), chromedp.WaitVisible(row, chromedp.ByQuery))
	shot(t, b, "onboarding-queue")
	var notice string
	submit(t, b, "approve onboarding", row+` form[action$="/approve"] button`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Text("p.notice", &notice, chromedp.ByQuery),
	)
	if !strings.Contains(notice, "approved") || !verified(bobAddr) {
		t.Fatalf("after review: notice %q, verified %v", notice, verified(bobAddr))
	}
}
