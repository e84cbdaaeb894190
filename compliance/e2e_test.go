package compliance_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

func ptr[T any](v T) *T { return &v }

func TestOnboardingToWhitelistedWallet(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0).Truncate(time.Second)
	alice := r.onboard("Alice Example", "DE", []string{"accredited"}, year)

	inv, err := r.auditor.Investor(r.ctx, alice.investorID)
	if err != nil {
		t.Fatal(err)
	}
	w := inv.Wallets[0]
	if inv.KYC.Status != "approved" || w.Address != alice.addr || !w.InSync || !w.OnChain.Registered ||
		w.OnChain.Country != "DE" || w.OnChain.InvestorID != inv.ChainInvestorID || strings.Join(w.OnChain.Flags, ",") != "accredited" ||
		w.OnChain.Expiry == nil || !w.OnChain.Expiry.Equal(year.Truncate(time.Second)) {
		t.Fatalf("investor %+v wallet %+v", inv, w)
	}
	// The registry holds no personal data: the legal name is nowhere on chain
	// (the id is the record's UUID bytes).
	if strings.Contains(string(inv.ChainInvestorID[:]), "Alice") {
		t.Fatal("personal data in the chain id")
	}

	// A mint to the wallet passes; to an unknown wallet it does not, and
	// the answer says why.
	if res := r.check(common.Address{}, alice.addr, 100); !res.Allowed || res.Code != "0x00" {
		t.Fatalf("mint preview to the onboarded wallet: %+v", res)
	}
	stranger := r.newWallet()
	res := r.check(common.Address{}, stranger.addr, 100)
	if res.Allowed || res.CodeName != "RECEIVER_NOT_VERIFIED" || !strings.Contains(strings.Join(res.Context, "\n"), "not linked to any investor") {
		t.Fatalf("mint preview to a stranger: %+v", res)
	}

	// A second wallet, proved with an EIP-712 signature, joins the same
	// investor on chain.
	second := r.newWallet()
	ch, err := r.officer.WalletChallenge(r.ctx, alice.investorID, second.addr.Hex())
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.officer.AddWalletWithScheme(r.ctx, alice.investorID, ch.ID, "eip712", personalSign(t, second.key, ch.Message))
	wantAPIError(t, err, 422, "bad_signature") // a personal_sign is not a typed-data signature
	inv, err = r.officer.AddWalletWithScheme(r.ctx, alice.investorID, ch.ID, "eip712", typedDataSign(t, second.key, ch.Message))
	if err != nil {
		t.Fatal(err)
	}
	if len(inv.Wallets) != 2 || !inv.Wallets[1].InSync || inv.Wallets[1].OnChain.InvestorID != inv.ChainInvestorID {
		t.Fatalf("second wallet %+v", inv.Wallets)
	}

	// Changing the country and flags is written to the registry.
	inv, err = r.officer.UpdateInvestor(r.ctx, alice.investorID, api.InvestorUpdate{Country: ptr("FR"), Flags: &[]string{"professional"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range inv.Wallets {
		if !w.InSync || w.OnChain.Country != "FR" || strings.Join(w.OnChain.Flags, ",") != "professional" || len(inv.Txs) != 4 {
			t.Fatalf("after update: %+v txs %+v", w, inv.Txs)
		}
	}
	for _, tx := range inv.Txs {
		if tx.State != "confirmed" && tx.State != "finalized" || tx.TxHash == (common.Hash{}) {
			t.Fatalf("registry write %+v", tx)
		}
	}

	// Rejecting KYC takes the wallet off the registry.
	inv, err = r.officer.SetKYC(r.ctx, alice.investorID, api.KYCDecision{Status: "rejected", Provider: "acme-kyc"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range inv.Wallets {
		if !w.InSync || w.OnChain.Registered || *w.OnChain.Verified {
			t.Fatalf("after rejection: %+v", w)
		}
	}
	if res := r.check(common.Address{}, alice.addr, 1); res.Allowed || !strings.Contains(strings.Join(res.Context, "\n"), "receiver's KYC was rejected") {
		t.Fatalf("pre-check after rejection: %+v", res)
	}

	// Everything above is in the log, whose chain holds.
	var actions []string
	for e, err := range r.auditor.ComplianceLog(r.ctx, 2) {
		if err != nil {
			t.Fatal(err)
		}
		actions = append(actions, e.Action)
	}
	want := "investor.created,kyc.approved,wallet.linked,wallet.linked,investor.updated,kyc.rejected"
	if strings.Join(actions, ",") != want {
		t.Fatalf("log actions %v, want %s", actions, want)
	}
	v, err := r.auditor.VerifyComplianceLog(r.ctx)
	if err != nil || !v.OK || v.Entries != 6 {
		t.Fatalf("verify: %+v %v", v, err)
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", nil, year)
	bob, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Bob", Type: "entity", Country: "US"})
	if err != nil {
		t.Fatal(err)
	}
	fresh := r.newWallet()
	ch, err := r.officer.WalletChallenge(r.ctx, bob.ID, fresh.addr.Hex())
	if err != nil {
		t.Fatal(err)
	}
	other := r.newWallet()
	past := time.Now().Add(-time.Hour)
	requested, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "freeze", Asset: r.token.Hex(), Wallet: alice.addr.Hex(), Reason: "court order 12/2026"})
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name   string
		call   func() error
		status int
		code   string
	}{
		{"invalid country", func() error {
			_, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Carol", Type: "person", Country: "XX"})
			return err
		}, 400, "invalid_country"},
		{"auditor writing", func() error {
			_, err := r.auditor.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Carol", Type: "person", Country: "DE"})
			return err
		}, 403, "missing_scope"},
		{"expired challenge", func() error {
			r.now.Store(11 * 60) // challenges live 10 minutes
			defer r.now.Store(0)
			_, err := r.officer.AddWallet(r.ctx, bob.ID, ch.ID, personalSign(t, fresh.key, ch.Message))
			return err
		}, 422, "challenge_expired"},
		{"invalid country on update", func() error {
			_, err := r.officer.UpdateInvestor(r.ctx, alice.investorID, api.InvestorUpdate{Country: ptr("DEU")})
			return err
		}, 400, "invalid_country"},
		{"KYC expiry in the past", func() error {
			_, err := r.officer.SetKYC(r.ctx, bob.ID, api.KYCDecision{Status: "approved", ExpiresAt: &past})
			return err
		}, 400, "kyc_expiry_past"},
		{"signature by another key", func() error {
			_, err := r.officer.AddWallet(r.ctx, bob.ID, ch.ID, personalSign(t, other.key, ch.Message))
			return err
		}, 422, "bad_signature"},
		{"unknown proof scheme", func() error {
			_, err := r.officer.AddWalletWithScheme(r.ctx, bob.ID, ch.ID, "eip4361", personalSign(t, fresh.key, ch.Message))
			return err
		}, 400, "invalid_scheme"},
		{"signature of another message", func() error {
			_, err := r.officer.AddWallet(r.ctx, bob.ID, ch.ID, personalSign(t, fresh.key, ch.Message+"x"))
			return err
		}, 422, "bad_signature"},
		{"wallet of another investor", func() error {
			c2, err := r.officer.WalletChallenge(r.ctx, bob.ID, alice.addr.Hex())
			if err != nil {
				return err
			}
			_, err = r.officer.AddWallet(r.ctx, bob.ID, c2.ID, personalSign(t, alice.key, c2.Message))
			return err
		}, 409, "wallet_linked"},
		{"max investors 0", func() error {
			_, err := r.officer.SetRules(r.ctx, r.token.Hex(), api.SetRules{MaxInvestors: ptr(int64(0)), Reason: "cap"})
			return err
		}, 400, "invalid_max_investors"},
		{"max balance above 2^96-1", func() error {
			_, err := r.officer.SetRules(r.ctx, r.token.Hex(), api.SetRules{MaxBalance: ptr(new(big.Int).Lsh(big.NewInt(1), 96).String()), Reason: "cap"})
			return err
		}, 400, "invalid_max_balance"},
		{"rules without a reason", func() error {
			_, err := r.officer.SetRules(r.ctx, r.token.Hex(), api.SetRules{MaxInvestors: ptr(int64(5))})
			return err
		}, 400, "reason_required"},
		{"unknown allowed country", func() error {
			_, err := r.officer.SetRules(r.ctx, r.token.Hex(), api.SetRules{CountryRestriction: true, AllowedCountries: []string{"DE", "ZZ"}, Reason: "EU only"})
			return err
		}, 400, "invalid_country"},
		{"intervention without a reason", func() error {
			_, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "freeze", Asset: r.token.Hex(), Wallet: alice.addr.Hex()})
			return err
		}, 400, "reason_required"},
		{"intervention approved by its requester", func() error {
			_, err := r.officer.ApproveIntervention(r.ctx, requested.ID, "")
			return err
		}, 403, "self_approval"},
		{"intervention approved without the scope", func() error {
			_, err := r.issuer.ApproveIntervention(r.ctx, requested.ID, "")
			return err
		}, 403, "missing_scope"},
		{"forced transfer to an unverified wallet", func() error {
			r.mint(alice.addr, 10)
			_, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "forced_transfer", Asset: r.token.Hex(),
				Wallet: alice.addr.Hex(), To: ptr(other.addr.Hex()), Amount: ptr("5"), Reason: "error correction"})
			return err
		}, 409, "transfer_restricted"},
	}
	for _, c := range cases {
		logBefore := r.logLen()
		err := c.call()
		wantAPIError(t, err, c.status, c.code)
		if n := r.logLen(); n != logBefore {
			t.Fatalf("%s: the log grew from %d to %d entries", c.name, logBefore, n)
		}
	}

	// Nothing was written: no investor Carol, Bob still pending without
	// wallets, no rules, nothing frozen, the intervention still requested.
	n := 0
	for _, err := range r.auditor.Investors(r.ctx, 1) { // one per page: the cursor is followed
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	b, err := r.officer.Investor(r.ctx, bob.ID)
	if err != nil || n != 2 || b.KYC.Status != "pending" || len(b.Wallets) != 0 {
		t.Fatalf("investors %d, bob %+v, %v", n, b, err)
	}
	if _, err := r.officer.Rules(r.ctx, r.token.Hex()); err == nil {
		t.Fatal("rules were stored")
	}
	if got, _ := r.officer.Intervention(r.ctx, requested.ID); got.State != "requested" || got.Tx != nil {
		t.Fatalf("intervention %+v", got)
	}
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackIsFrozen(alice.addr)}, nil)
	if frozen, _ := tokBinding.UnpackIsFrozen(out); err != nil || frozen {
		t.Fatalf("frozen %v %v", frozen, err)
	}

	// The good signature works once; replaying it is refused.
	sig := personalSign(t, fresh.key, ch.Message)
	if _, err := r.officer.AddWallet(r.ctx, bob.ID, ch.ID, sig); err != nil {
		t.Fatal(err)
	}
	logBefore := r.logLen()
	_, err = r.officer.AddWallet(r.ctx, bob.ID, ch.ID, sig)
	wantAPIError(t, err, 409, "challenge_used")
	if r.logLen() != logBefore {
		t.Fatal("a replay wrote to the log")
	}
}

func TestRulesRefuseTransfers(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", []string{"accredited"}, year)
	bob := r.onboard("Bob", "DE", nil, year)
	carol := r.onboard("Carol", "FR", []string{"accredited"}, year)
	r.mint(alice.addr, 1000)
	asset := r.token.Hex()
	set := func(p api.SetRules) api.RulesResult {
		t.Helper()
		res, err := r.officer.SetRules(r.ctx, asset, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range res.Txs {
			if tx.State != "confirmed" && tx.State != "finalized" {
				t.Fatalf("rule write %+v", tx)
			}
		}
		return res
	}

	set(api.SetRules{CountryRestriction: true, AllowedCountries: []string{"DE"}, Reason: "German offering"})
	if c := r.onChainCode(alice, bob.addr, 10); c != 0 {
		t.Fatalf("DE to DE refused: 0x%02X", c)
	}
	res := r.wantRefused(alice, carol.addr, 10, 0x55, "allowed countries: DE")
	if !strings.Contains(strings.Join(res.Context, "\n"), "country FR") {
		t.Fatalf("context %v", res.Context)
	}

	set(api.SetRules{CountryRestriction: true, AllowedCountries: []string{"DE", "FR"}, RequiredFlags: []string{"accredited"}, Reason: "accredited only"})
	r.wantRefused(alice, bob.addr, 10, 0x56, "required eligibility flags: accredited")
	if c := r.onChainCode(alice, carol.addr, 10); c != 0 {
		t.Fatalf("accredited FR receiver refused: 0x%02X", c)
	}

	set(api.SetRules{MaxBalance: ptr("500"), Reason: "concentration limit"})
	r.wantRefused(alice, bob.addr, 600, 0x5A, "maximum balance per investor: 0.0005 units (500 base units)")

	set(api.SetRules{MaxInvestors: ptr(int64(1)), Reason: "private placement"})
	r.wantRefused(alice, bob.addr, 10, 0x59, "maximum investors: 1")

	set(api.SetRules{LockupSeconds: 86400, Reason: "one-day lock-up"})
	// Past the one-day lock-up, so the token keeps the mint's own end: the
	// gas estimated at one block time is then the gas spent at the next.
	r.mintLocked(bob.addr, 100, time.Now().Add(48*time.Hour))
	res = r.wantRefused(bob, alice.addr, 50, 0x58, "")
	if want := "locks: 0.0001 units (100 base units) of the sender's 0.0001 units (100 base units) are locked now, 0 units (0 base units) free to move; lock 0, issuance lock-up (holding period): 0.0001 units (100 base units) locked until "; !strings.HasPrefix(res.Rule, want) {
		t.Fatalf("pre-check rule %q, want it to start %q", res.Rule, want)
	}

	// The stale-valuation guard refuses mints while the feed has no fresh round.
	feedAddr := chaintest.DeployProxy(t, r.eth, r.admin, "ValuationFeed",
		valuationfeed.NewValuationFeed().PackInitialize(8, "CTF / USD", big.NewInt(1), big.NewInt(1e18), r.admin.From, r.admin.From, r.admin.From, r.admin.From))
	set(api.SetRules{ValuationFeed: ptr(feedAddr.Hex()), ValuationMaxAge: 3600, Reason: "no mints on stale NAV"})
	res = r.check(common.Address{}, alice.addr, 5)
	if res.Allowed || res.Code != "0x5B" || res.Rule != "stale-valuation guard: feed "+feedAddr.Hex()+", maximum age 3600s" {
		t.Fatalf("mint preview %+v", res)
	}
	_, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{From: r.admin.From, To: &r.token, Data: tokBinding.PackMint(alice.addr, big.NewInt(5), [32]byte{1})}, nil)
	if data, ok := chainRevert(err); !ok || compliance.Restriction(data) != compliance.ValuationStale {
		t.Fatalf("mint on chain: %v", err)
	}

	// Rules and their history are readable; unchanged rules write nothing.
	got, err := r.auditor.Rules(r.ctx, asset)
	if err != nil || got.Version != 6 || got.ValuationFeed == nil || *got.ValuationFeed != feedAddr || got.Reason != "no mints on stale NAV" {
		t.Fatalf("rules %+v %v", got, err)
	}
	again := set(api.SetRules{ValuationFeed: ptr(feedAddr.Hex()), ValuationMaxAge: 3600, Reason: "same"})
	if again.Rules.Version != 6 || len(again.Txs) != 0 {
		t.Fatalf("unchanged rules made version %d with %d writes", again.Rules.Version, len(again.Txs))
	}
	var versions []int
	for v, err := range r.auditor.RulesHistory(r.ctx, asset, 4) {
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v.Version)
	}
	if len(versions) != 6 || versions[0] != 6 || versions[5] != 1 {
		t.Fatalf("history %v", versions)
	}
}

// chainRevert returns the TransferRestricted code of a reverted call.
func chainRevert(err error) (uint8, bool) {
	if err == nil {
		return 0, false
	}
	ta := tokBinding.GetABI()
	data, ok := revertData(err)
	if !ok {
		return 0, false
	}
	rev := decoder(&ta).Decode(data)
	if rev.Name != "TransferRestricted" {
		return 0, false
	}
	return rev.Args[0].(uint8), true
}

func TestKYCExpiryStopsReceiving(t *testing.T) {
	t.Parallel()
	// An anvil of its own: the test moves the chain's clock.
	r := newRig(t, apptest.Options{})
	alice := r.onboard("Alice", "DE", nil, time.Now().AddDate(1, 0, 0))
	expiry := time.Now().Add(time.Hour).Truncate(time.Second)
	bob := r.onboard("Bob", "DE", nil, expiry)
	r.mint(alice.addr, 100)
	if res := r.check(alice.addr, bob.addr, 10); !res.Allowed {
		t.Fatalf("before expiry: %+v", res)
	}

	// Two hours later on chain and in the service.
	if err := r.eth.Client().Call(nil, "evm_increaseTime", 7200); err != nil {
		t.Fatal(err)
	}
	if err := r.eth.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	r.now.Store(7200)
	res := r.wantRefused(alice, bob.addr, 10, 0x54, "")
	want := "receiver's KYC expired on " + expiry.UTC().Format(time.RFC3339)
	if !strings.Contains(strings.Join(res.Context, "\n"), want) {
		t.Fatalf("context %v, want %q", res.Context, want)
	}

	expired, err := r.officer.SweepKYC(r.ctx)
	if err != nil || len(expired) != 1 || expired[0] != bob.investorID {
		t.Fatalf("sweep %v %v", expired, err)
	}
	inv, err := r.officer.Investor(r.ctx, bob.investorID)
	if err != nil {
		t.Fatal(err)
	}
	// Still registered with its past expiry, in sync, no longer verified.
	if w := inv.Wallets[0]; inv.KYC.Status != "expired" || !w.InSync || !w.OnChain.Registered || *w.OnChain.Verified {
		t.Fatalf("after sweep: %+v %+v", inv.KYC, w)
	}
	if again, err := r.officer.SweepKYC(r.ctx); err != nil || len(again) != 0 {
		t.Fatalf("second sweep %v %v", again, err)
	}
	// Renewal with a new expiry makes Bob verified again.
	renewed := time.Now().Add(30 * 24 * time.Hour)
	if _, err := r.officer.SetKYC(r.ctx, bob.investorID, api.KYCDecision{Status: "approved", ExpiresAt: &renewed}); err != nil {
		t.Fatal(err)
	}
	if c := r.onChainCode(alice, bob.addr, 10); c != 0 {
		t.Fatalf("after renewal: 0x%02X", c)
	}
}
