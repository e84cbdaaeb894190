package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/issuance"
)

// The compliance command drives the platform's API with a signed key:
// onboarding steps that need no chain write, a refused KYC approval, and
// the log, whose chain `tessera audit verify-log` then checks in the
// database.
func TestComplianceCommand(t *testing.T) {
	ctx := context.Background()
	p := apptest.Start(t, apptest.Options{})
	id, secret := p.Server.NewKey(t, "officer", apikey.Compliance)
	t.Setenv("TESSERA_URL", p.Server.URL())
	t.Setenv("TESSERA_KEY_ID", id)
	t.Setenv("TESSERA_SECRET", secret)
	t.Setenv("DATABASE_URL", p.Config.Database.URL)
	tessera := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, args, &out)
		return out.String(), err
	}

	out, err := tessera("compliance", "investor-create", "--name", "Alice Example", "--country", "DE", "--flags", "accredited")
	if err != nil {
		t.Fatal(err)
	}
	var inv struct {
		ID    string   `json:"id"`
		Flags []string `json:"flags"`
		KYC   struct {
			Status string `json:"status"`
		} `json:"kyc"`
	}
	if err := json.Unmarshal([]byte(out), &inv); err != nil || inv.ID == "" || strings.Join(inv.Flags, ",") != "accredited" {
		t.Fatalf("create printed %s (%v)", out, err)
	}
	if _, err := tessera("compliance", "kyc", "--id", inv.ID, "--status", "approved", "--expires", "2020-01-01T00:00:00Z"); err == nil ||
		!strings.Contains(err.Error(), "kyc_expiry_past") {
		t.Fatalf("past expiry: %v", err)
	}
	if _, err := tessera("compliance", "kyc", "--id", inv.ID, "--status", "approved", "--expires", "8760h", "--provider", "acme"); err != nil {
		t.Fatal(err)
	}
	out, err = tessera("compliance", "investor-show", "--id", inv.ID)
	if err != nil || json.Unmarshal([]byte(out), &inv) != nil || inv.KYC.Status != "approved" {
		t.Fatalf("show: %v\n%s", err, out)
	}
	out, err = tessera("compliance", "log")
	var entries []struct {
		Action string `json:"action"`
	}
	if err != nil || json.Unmarshal([]byte(out), &entries) != nil || len(entries) != 2 || entries[1].Action != "kyc.approved" {
		t.Fatalf("log: %v\n%s", err, out)
	}
	if out, err := tessera("audit", "verify-log"); err != nil || !strings.Contains(out, "OK: 2 entries") {
		t.Fatalf("verify-log: %v\n%s", err, out)
	}
	if _, err := tessera("compliance", "frobnicate"); err == nil {
		t.Fatal("unknown subcommand accepted")
	}
}

// The caps commands against the platform: caps set with limits in the
// token's units, caps showing them as the chain has them, a transfer,
// and allowance showing what the chain's transferAllowance leaves.
func TestComplianceCapsCommands(t *testing.T) {
	ctx := context.Background()
	p := apptest.Start(t, apptest.Options{Shared: true})
	token := capsAsset(t, p)
	id, secret := p.Server.NewKey(t, "officer", apikey.Compliance)
	t.Setenv("TESSERA_URL", p.Server.URL())
	t.Setenv("TESSERA_KEY_ID", id)
	t.Setenv("TESSERA_SECRET", secret)
	tessera := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, args, &out)
		return out.String(), err
	}
	asset := token.Hex()

	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"compliance", "caps", "set", asset, "--window", "86400=1.0000001", "--reason", "r"}, "has more than the token's 6 decimals"},
		{[]string{"compliance", "caps", "set", asset, "--window", "day=1", "--reason", "r"}, "period must be a whole number"},
		{[]string{"compliance", "caps", "set", asset, "--country-cap", "DE", "--reason", "r"}, "is not KEY=VALUE"},
		{[]string{"compliance", "caps", "set", asset, "--country-cap", "DE=10"}, "reason_required"},
		{[]string{"compliance", "caps", "set", asset, "--category-cap", "rich=1", "--reason", "r"}, "invalid_category"},
		{[]string{"compliance", "caps", "set", asset, "--max-country-share-bps", "-5", "--reason", "r"}, "must be from 0 (none) to 10000"},
		{[]string{"compliance", "caps", "set", asset, "--max-country-share-bps", "-1", "--reason", "r"}, "must be from 0 (none) to 10000"},
		{[]string{"compliance", "caps"}, "tessera compliance caps <asset>"},
		{[]string{"compliance", "allowance", asset}, "tessera compliance allowance <asset> <wallet>"},
	} {
		if _, err := tessera(bad.args...); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%v: %v, want %s", bad.args[2:], err, bad.want)
		}
	}

	out, err := tessera("compliance", "caps", "set", asset, "--country-cap", "de=100", "--category-cap", "accredited=50",
		"--max-country-share-bps", "5000", "--window", "86400=1000", "--window", "3600=2.5", "--reason", "Reg D placement limits")
	if err != nil {
		t.Fatalf("caps set: %v\n%s", err, out)
	}
	var res struct {
		Log struct {
			Action string `json:"action"`
		} `json:"log"`
	}
	if json.Unmarshal([]byte(out), &res) != nil || res.Log.Action != "caps.set" {
		t.Fatalf("caps set printed %s", out)
	}

	out, err = tessera("compliance", "caps", asset)
	if err != nil {
		t.Fatal(err)
	}
	var shown struct {
		Decimals     uint8             `json:"decimals"`
		CountryCaps  map[string]uint32 `json:"country_caps"`
		CategoryCaps map[string]uint32 `json:"category_caps"`
		Share        uint16            `json:"max_country_share_bps"`
		State        string            `json:"state"`
		Windows      []struct {
			Period     uint32 `json:"period_seconds"`
			Limit      string `json:"limit_base"`
			LimitUnits string `json:"limit_units"`
		} `json:"transfer_limits"`
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Decimals != 6 || shown.CountryCaps["DE"] != 100 || shown.CategoryCaps["accredited"] != 50 || shown.Share != 5000 ||
		len(shown.Windows) != 2 || shown.Windows[0].Period != 86400 || shown.Windows[0].Limit != "1000000000" ||
		shown.Windows[1].Limit != "2500000" || shown.Windows[1].LimitUnits != "2.5" {
		t.Fatalf("caps printed %s", out)
	}
	// The chain has what the command printed.
	onchain, err := p.Compliance.Caps(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	if onchain.CountryCaps["DE"] != 100 || onchain.MaxCountryShareBPS != 5000 || onchain.TransferLimits[1].Limit.String() != "2500000" {
		t.Fatalf("caps on chain: %+v", onchain)
	}

	// Every investor here is German: a second one would break the 50%
	// share, so the share cap goes before investor 0 moves 1.5 units to
	// investor 1, leaving 1 unit in its hourly window.
	if out, err := tessera("compliance", "caps", "set", asset, "--max-country-share-bps", "0", "--reason", "one country only"); err != nil {
		t.Fatalf("caps set: %v\n%s", err, out)
	}
	// A change made from the caps printed before that one is refused.
	if out, err := tessera("compliance", "caps", "set", asset, "--no-windows", "--based-on", shown.State, "--reason", "from an old reading"); err == nil ||
		!strings.Contains(err.Error(), "caps_changed") {
		t.Fatalf("caps set from state %s after another change: %v\n%s", shown.State, err, out)
	}
	p.SendAs(t, p.Investors[0], token, assettoken.NewAssetToken().PackTransfer(p.Wallets[1], big.NewInt(1_500_000)))
	out, err = tessera("compliance", "allowance", asset, p.Wallets[0].Hex())
	if err != nil {
		t.Fatal(err)
	}
	var allow struct {
		Windows []struct {
			Period         uint32 `json:"period_seconds"`
			Remaining      string `json:"remaining_base"`
			RemainingUnits string `json:"remaining_units"`
		} `json:"windows"`
	}
	if err := json.Unmarshal([]byte(out), &allow); err != nil || len(allow.Windows) != 2 ||
		allow.Windows[0].Remaining != "998500000" || allow.Windows[1].Remaining != "1000000" || allow.Windows[1].RemainingUnits != "1" {
		t.Fatalf("allowance printed %s (%v)", out, err)
	}

	if out, err = tessera("compliance", "caps", asset); err != nil || json.Unmarshal([]byte(out), &shown) != nil {
		t.Fatalf("caps: %v\n%s", err, out)
	}
	out, err = tessera("compliance", "caps", "set", asset, "--no-windows", "--country-cap", "DE=0", "--based-on", shown.State, "--reason", "placement closed")
	if err != nil {
		t.Fatalf("caps set: %v\n%s", err, out)
	}
	shown.CountryCaps, shown.Windows = nil, nil
	if out, err = tessera("compliance", "caps", asset); err != nil || json.Unmarshal([]byte(out), &shown) != nil ||
		len(shown.Windows) != 0 || len(shown.CountryCaps) != 0 {
		t.Fatalf("caps after removal: %v\n%s", err, out)
	}
}

// capsAsset takes a new asset to active with its token (which counts
// investors) and mints 10 units to investor 0.
func capsAsset(t *testing.T, p *apptest.Env) common.Address {
	t.Helper()
	ctx := context.Background()
	issuer, approver := auth.System("cli-issuer", auth.Issuer), auth.System("cli-approver", auth.Approver)
	a, err := p.Issuance.CreateAsset(ctx, issuer, issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Caps Fund", Symbol: "CAPC",
		Jurisdiction: "US", Currency: "USD", TotalUnits: "1000000", Decimals: 6})
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		who auth.Principal
		to  issuance.State
	}{{issuer, issuance.Submitted}, {approver, issuance.Verified}} {
		if _, err := p.Issuance.Transition(ctx, step.who, a.ID, step.to, ""); err != nil {
			t.Fatal(err)
		}
	}
	if a, err = p.Issuance.Tokenize(ctx, issuer, a.ID, issuance.TokenizeRequest{}); err != nil {
		t.Fatal(err)
	}
	if a, err = p.Issuance.Transition(ctx, issuer, a.ID, issuance.Active, ""); err != nil {
		t.Fatal(err)
	}
	r, err := p.Issuance.RequestMint(ctx, issuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: p.Wallets[0].Hex(), Amount: "10"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Issuance.Approve(ctx, approver, r.ID, ""); err != nil {
		t.Fatal(err)
	}
	if r = p.WaitRequest(t, r.ID); r.ChainState != string(txmgr.Confirmed) && r.ChainState != string(txmgr.Finalized) {
		t.Fatalf("mint %s: %s", r.ID, r.ChainState)
	}
	return *a.Token
}

// Amounts are typed in the token's units wherever the compliance command
// takes one, and reach the chain and the records as the same base units;
// more decimals than the token has are refused before anything changes.
func TestComplianceAmountsInUnits(t *testing.T) {
	ctx := context.Background()
	p := apptest.Start(t, apptest.Options{Shared: true})
	token := capsAsset(t, p) // 6 decimals
	id, secret := p.Server.NewKey(t, "officer", apikey.Compliance)
	t.Setenv("TESSERA_URL", p.Server.URL())
	t.Setenv("TESSERA_KEY_ID", id)
	t.Setenv("TESSERA_SECRET", secret)
	tessera := func(out any, args ...string) error {
		var buf bytes.Buffer
		if err := run(ctx, append([]string{"compliance"}, args...), &buf); err != nil {
			return err
		}
		if out != nil {
			if err := json.Unmarshal(buf.Bytes(), out); err != nil {
				t.Fatalf("%v printed %s: %v", args, buf.String(), err)
			}
		}
		return nil
	}
	asset, w0, w1 := token.Hex(), p.Wallets[0].Hex(), p.Wallets[1].Hex()

	for _, bad := range [][]string{
		{"rules-set", "--asset", asset, "--max-balance", "1.0000001", "--reason", "too fine"},
		{"check", "--asset", asset, "--from", w0, "--to", w1, "--amount", "0.0000001"},
		{"intervene", "--kind", "freeze_partial", "--asset", asset, "--wallet", w0, "--amount", "0.1234567", "--reason", "too fine"},
	} {
		if err := tessera(nil, bad...); err == nil || !strings.Contains(err.Error(), "decimals_mismatch") || !strings.Contains(err.Error(), "6 decimals") {
			t.Errorf("%v: %v, want decimals_mismatch", bad[:1], err)
		}
	}
	var rules struct {
		Version    int    `json:"version"`
		MaxBalance string `json:"max_balance_base"`
		MinHolding string `json:"min_holding_base"`
	}
	if err := tessera(&rules, "rules-show", "--asset", asset); err != nil {
		t.Fatal(err)
	}
	before := rules.Version
	if err := tessera(nil, "rules-set", "--asset", asset, "--max-balance", "2.5", "--min-holding", "0.5", "--reason", "holding limits"); err != nil {
		t.Fatal(err)
	}
	if err := tessera(&rules, "rules-show", "--asset", asset); err != nil || rules.Version != before+1 ||
		rules.MaxBalance != "2500000" || rules.MinHolding != "500000" {
		t.Fatalf("rules after setting 2.5 and 0.5 units: %+v (%v), version was %d", rules, err, before)
	}
	var check struct {
		Allowed bool   `json:"allowed"`
		Code    string `json:"code"`
	}
	// Of wallet 0's 10 units, 2.5 may go to wallet 1's investor, 2.6 not.
	if err := tessera(&check, "check", "--asset", asset, "--from", w0, "--to", w1, "--amount", "2.5"); err != nil || !check.Allowed {
		t.Fatalf("check 2.5 units: %+v %v", check, err)
	}
	if err := tessera(&check, "check", "--asset", asset, "--from", w0, "--to", w1, "--amount", "2.6"); err != nil || check.Allowed || check.Code != "0x5A" {
		t.Fatalf("check 2.6 units against a 2.5 maximum: %+v %v", check, err)
	}
	// An absolute reserve margin is typed in units too.
	if err := tessera(nil, "rules-set", "--asset", asset, "--max-balance", "2.5", "--reserve-feed", p.Suite.FundFeed.Address.Hex(),
		"--reserve-max-age", "86400", "--reserve-margin-mode", "absolute", "--reserve-margin", "1.5", "--reason", "a reserve cushion"); err != nil {
		t.Fatal(err)
	}
	var guarded struct {
		ReserveGuard struct {
			MarginMode string `json:"margin_mode"`
			Margin     string `json:"margin"`
		} `json:"reserve_guard"`
	}
	if err := tessera(&guarded, "rules-show", "--asset", asset); err != nil || guarded.ReserveGuard.MarginMode != "absolute" ||
		guarded.ReserveGuard.Margin != "1500000" {
		t.Fatalf("reserve margin of 1.5 units: %+v (%v), want 1500000 base units", guarded, err)
	}
}
