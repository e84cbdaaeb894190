package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
)

// newKey creates an API key of the fixture's database for owner with
// scopes and returns its client of the serve at api.
func (f serveFixture) newKey(t *testing.T, api, owner string, scopes ...apikey.Scope) *client.Client {
	t.Helper()
	ctx := context.Background()
	pool, err := postgres.Open(ctx, f.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	mk, err := hex.DecodeString(f.master)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: mk})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: owner, Owner: owner, Scopes: scopes})
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.New(client.Config{BaseURL: api, KeyID: k.ID, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestServeValuesANewlyTokenizedFund is the issuer's path through a running
// `tessera serve`, over HTTP: a fund created, verified and tokenized
// through the API (its contracts deployed while serve runs, recorded as
// issuance:<id>:feed) gets an appraiser registered by symbol (four eyes),
// the appraiser's signed valuation reaches the fund's feed through the
// relay within one relay interval (read with latestRoundData() through the
// feed's binding), the rules chosen at onboarding are the compliance API's
// first version, and `tessera audit verify` traces the round: the
// valuations check passes on one round.
func TestServeValuesANewlyTokenizedFund(t *testing.T) {
	t.Parallel()
	f := newServeFixture(t)
	_, api := startServe(t, f.env())
	issuer, approver := f.clients(t, api)
	checkNewFundValued(t, newFundRig{
		issuer: issuer, approver: approver,
		oracleAdmin: f.newKey(t, api, "oracle-desk", apikey.Admin),
		carrier:     f.newKey(t, api, "appraisal-gateway", apikey.Oracle),
		officer:     f.newKey(t, api, "compliance-office", apikey.Compliance),
		rpcURL:      f.anvil.URL, chainID: f.anvil.ChainID, dbURL: f.dbURL,
	})
}

// newFundRig is a running platform (serve or dev) as an issuer, an
// approver, an oracle administrator, an appraisal gateway and a compliance
// officer reach it, each with a key of a different owner.
type newFundRig struct {
	issuer, approver, oracleAdmin, carrier, officer *client.Client
	rpcURL                                          string
	chainID                                         *big.Int
	dbURL                                           string // for `tessera audit verify`
}

// checkNewFundValued is the issuer's path through a running platform,
// over HTTP: a fund created, verified and tokenized through the API (its
// contracts deployed while the platform runs, recorded as
// issuance:<id>:feed) gets an appraiser registered by symbol (four eyes),
// the appraiser's signed valuation reaches the fund's feed through the
// relay within one relay interval (read with latestRoundData() through the
// feed's binding), the rules chosen at onboarding are the compliance API's
// first version, and `tessera audit verify` traces the round: the
// valuations check passes on one round.
func checkNewFundValued(t *testing.T, r newFundRig) {
	t.Helper()
	ctx := context.Background()
	issuer, approver, oracleAdmin, carrier, officer := r.issuer, r.approver, r.oracleAdmin, r.carrier, r.officer

	// A name the token would refuse is refused at the first request.
	create := map[string]any{"kind": "treasury_fund", "name": "Harbour Street Treasury Fund III", "symbol": "HSTF",
		"jurisdiction": "US-NY", "currency": "USD", "total_units": "1000000", "decimals": 6,
		"rules": map[string]any{"country_restriction": true, "allowed_countries": []string{"US", "DE"}, "max_investors": 250}}
	if err := issuer.Do(ctx, "POST", "/v1/assets", create, nil); !client.IsCode(err, "invalid_name") {
		t.Fatalf("a 32-byte name: %v", err)
	}
	create["name"] = "Harbour Street Treasury Fund"
	var asset struct {
		ID    string          `json:"id"`
		State string          `json:"state"`
		Token *common.Address `json:"token"`
		Feed  *common.Address `json:"feed"`
	}
	if err := issuer.Do(ctx, "POST", "/v1/assets", create, &asset); err != nil {
		t.Fatalf("create the fund: %v", err)
	}
	tokenizeThroughAPI(t, issuer, approver, asset.ID, false, &asset)
	if asset.State != "tokenized" || asset.Token == nil || asset.Feed == nil {
		t.Fatalf("tokenized fund: %+v", asset)
	}

	// The rules chosen at onboarding, as compliance shows them.
	var rules struct {
		Version          int      `json:"version"`
		AllowedCountries []string `json:"allowed_countries"`
		MaxInvestors     *uint32  `json:"max_investors"`
	}
	if err := officer.Do(ctx, "GET", "/v1/compliance/assets/"+asset.Token.Hex()+"/rules", nil, &rules); err != nil ||
		rules.Version != 1 || strings.Join(rules.AllowedCountries, ",") != "DE,US" || rules.MaxInvestors == nil || *rules.MaxInvestors != 250 {
		t.Fatalf("compliance rules of the new token: %+v, %v", rules, err)
	}

	// An appraiser of HSTF, registered by one key and approved by another.
	appraiserKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	appraiser := crypto.PubkeyToAddress(appraiserKey.PublicKey)
	var req struct {
		ID    int64  `json:"id"`
		State string `json:"state"`
		Asset string `json:"asset"`
	}
	if err := oracleAdmin.Do(ctx, "POST", "/v1/oracle/assets/HSTF/appraisers", map[string]string{"address": appraiser.Hex(), "name": "Harbour Valuations LLP"}, &req); err != nil {
		t.Fatalf("register an appraiser of the new fund: %v", err)
	}
	if err := approver.Do(ctx, "POST", fmt.Sprintf("/v1/oracle/appraiser-requests/%d/approve", req.ID), map[string]string{"note": "engagement letter on file"}, &req); err != nil || req.State != "approved" || req.Asset != asset.ID {
		t.Fatalf("approve the appraiser: %+v, %v", req, err)
	}

	// Its signed valuation, carried by the gateway's key.
	sv, err := oracle.Valuation{Asset: "HSTF", Value: big.NewInt(100_25000000), Decimals: 8, ObservedAt: uint64(time.Now().Unix()),
		Nonce: big.NewInt(1)}.Sign(oracle.Domain{ChainID: r.chainID, Feed: *asset.Feed}, appraiserKey)
	if err != nil {
		t.Fatal(err)
	}
	submitted := time.Now()
	if err := carrier.Do(ctx, "POST", "/v1/oracle/valuations", map[string]any{"asset": "HSTF", "value": sv.Value.String(), "decimals": sv.Decimals,
		"observed_at": sv.ObservedAt, "nonce": sv.Nonce.String(), "signature": "0x" + hex.EncodeToString(sv.Signature)}, nil); err != nil {
		t.Fatalf("submit the valuation: %v", err)
	}

	// On chain within one relay interval (serve's relay passes every 5 s,
	// and at once on a submission), read as a Chainlink consumer would.
	const relayInterval = 5 * time.Second
	c := chaintest.Dial(t, r.rpcURL)
	feedABI := valuationfeed.NewValuationFeed()
	feed := feedABI.Instance(c, *asset.Feed)
	var round valuationfeed.LatestRoundDataOutput
	for {
		round, err = bind.Call(feed, nil, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
		if err == nil {
			break
		}
		if time.Since(submitted) > relayInterval {
			t.Fatalf("no round on the fund's feed %s after %s: %v", asset.Feed, time.Since(submitted), err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if round.RoundId.Int64() != 1 || round.Answer.Cmp(sv.Value) != 0 || round.StartedAt.Uint64() != sv.ObservedAt {
		t.Fatalf("latestRoundData() = %+v", round)
	}
	t.Logf("from the signed submission to the round on chain: %s", time.Since(submitted).Round(time.Millisecond))

	// The audit traces the round to the appraiser's observation.
	var out []byte
	deadline := time.Now().Add(time.Minute)
	for {
		cmd := exec.Command(os.Args[0], "audit", "verify", "--asset", "HSTF", "--rpc", r.rpcURL, "--block", "latest", "--checkpoints", "")
		cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), "DATABASE_URL="+r.dbURL, "TESSERA_TEST_RUN_MAIN=1")
		out, err = cmd.CombinedOutput()
		if err == nil && strings.Contains(string(out), "PASS valuations          1 rounds traced") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("audit verify: %v\n%s", err, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(string(out), "recorded pushes: 1") {
		t.Errorf("audit verify does not count the relay's push:\n%s", out)
	}
}

// tokenizeThroughAPI walks asset id from draft to tokenized as an issuer
// and an approver of another owner do through the API (submitted by the
// issuer, verified by the approver, tokenized by the issuer: its contracts
// deployed then), and on to active when activate is set; out receives the
// asset as the last step returned it.
func tokenizeThroughAPI(t *testing.T, issuer, approver *client.Client, id string, activate bool, out any) {
	t.Helper()
	type step struct {
		c    *client.Client
		path string
		body any
	}
	steps := []step{
		{issuer, "/transitions", map[string]string{"to": "submitted"}},
		{approver, "/transitions", map[string]string{"to": "verified"}},
		{issuer, "/tokenize", map[string]string{}},
	}
	if activate {
		steps = append(steps, step{issuer, "/transitions", map[string]string{"to": "active"}})
	}
	for _, st := range steps {
		if err := st.c.Do(context.Background(), "POST", "/v1/assets/"+id+st.path, st.body, out); err != nil {
			t.Fatalf("asset %s%s: %v", id, st.path, err)
		}
	}
}
