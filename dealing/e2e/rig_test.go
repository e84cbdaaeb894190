package e2e_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/oracle"
)

// startJourney starts the platform on its own anvil with the dealing job
// every 100 ms on the journey's movable clock, and keys for an issuer, an
// approver, an admin, an oracle feeder and an auditor, each of its own
// owner.
func startJourney(t *testing.T) *journey {
	j := &journey{t: t}
	j.env = apptest.Start(t, apptest.Options{Configure: func(c *app.Config) {
		c.Now = j.now
		c.Workers.Dealing = true
		c.Dealing.Every = 100 * time.Millisecond
	}})
	j.issuer = j.key("issuer", "issuer@fund.example", apikey.Issuer)
	j.approver = j.key("approver", "risk@fund.example", apikey.Approver)
	j.admin = j.key("ops", "ops@fund.example", apikey.Admin)
	j.feeder = j.key("feeder", "nav@administrator.example", apikey.Oracle)
	j.auditor = j.key("auditor", "audit@firm.example", apikey.Auditor)
	j.coin = j.env.Suite.Stablecoin.Address
	return j
}

// key is a client of a new API key of owner with scopes, on the
// journey's clock.
func (j *journey) key(name, owner string, scopes ...apikey.Scope) *client.Client {
	id, secret := j.env.Server.NewOwnedKey(j.t, name, owner, scopes...)
	return j.env.Server.Client(j.t, id, secret, func(c *client.Config) { c.Now = j.now })
}

// fund has the issuer create a treasury fund that deals at NAV in the
// stablecoin, an approver verify it and the issuer tokenize it, which
// deploys its Dealing contract; the journey then deals on its contracts.
func (j *journey) fund(symbol, name string) api.Asset {
	j.t.Helper()
	ctx := context.Background()
	a, err := j.issuer.CreateAsset(ctx, api.NewAsset{Kind: "treasury_fund", Name: name, Symbol: symbol,
		Jurisdiction: "US-NY", Currency: "USD", TotalUnits: "10000000", Decimals: 18, DealingPaymentToken: j.coin.Hex()})
	if err != nil {
		j.t.Fatal(err)
	}
	if _, err := j.issuer.TransitionAsset(ctx, a.ID, "submitted", "ready"); err != nil {
		j.t.Fatal(err)
	}
	if _, err := j.approver.TransitionAsset(ctx, a.ID, "verified", "prospectus checked"); err != nil {
		j.t.Fatal(err)
	}
	if a, err = j.issuer.Tokenize(ctx, a.ID, api.Tokenize{}); err != nil {
		j.t.Fatal(err)
	}
	if a.Dealing == nil || a.Feed == nil || a.Token == nil {
		j.t.Fatalf("tokenized fund without its contracts: %+v", a)
	}
	j.dealing, j.feed, j.token = *a.Dealing, *a.Feed, *a.Token
	return a
}

// appraiser registers a new appraiser (the fund administrator) for the
// journey's fund four-eyes, and returns how it publishes a NAV observed
// at a time through the oracle API (the relay then writes it).
func (j *journey) appraiser(symbol string) func(value *big.Int, observed time.Time) {
	j.t.Helper()
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		j.t.Fatal(err)
	}
	var req struct {
		ID int64 `json:"id"`
	}
	if err := j.admin.Do(ctx, "POST", "/v1/oracle/assets/"+symbol+"/appraisers", map[string]string{
		"address": crypto.PubkeyToAddress(key.PublicKey).Hex(), "name": "Fund administrator"}, &req); err != nil {
		j.t.Fatal(err)
	}
	if err := j.approver.Do(ctx, "POST", fmt.Sprintf("/v1/oracle/appraiser-requests/%d/approve", req.ID), map[string]string{"note": "engagement letter on file"}, nil); err != nil {
		j.t.Fatal(err)
	}
	var nonce int64
	return func(value *big.Int, observed time.Time) {
		j.t.Helper()
		nonce++
		v := oracle.Valuation{Asset: symbol, Value: value, Decimals: 8, ObservedAt: uint64(observed.Unix()), Nonce: big.NewInt(nonce)}
		sv, err := v.Sign(oracle.Domain{ChainID: j.env.ChainID, Feed: j.feed}, key)
		if err != nil {
			j.t.Fatal(err)
		}
		if err := j.feeder.Do(ctx, "POST", "/v1/oracle/valuations", api.NewValuation{Asset: symbol, Value: value.String(), Decimals: 8,
			ObservedAt: v.ObservedAt, Nonce: v.Nonce.String(), Signature: hexutil.Encode(sv.Signature)}, nil); err != nil {
			j.t.Fatal(err)
		}
	}
}

// latestNAV is the fund's feed's latest round and answer (nils before the
// first).
func (j *journey) latestNAV() (*big.Int, *big.Int) {
	out, err := j.env.Client.CallContract(context.Background(), ethereum.CallMsg{To: &j.feed, Data: feedABI.PackLatestRoundData()}, nil)
	if err != nil {
		return nil, nil // no round yet
	}
	r, err := feedABI.UnpackLatestRoundData(out)
	if err != nil {
		return nil, nil
	}
	return r.RoundId, r.Answer
}

// waitNAV waits for value to be the fund's latest NAV on chain.
func (j *journey) waitNAV(value *big.Int) {
	j.t.Helper()
	j.waitFor("the NAV "+value.String()+" on chain", func() bool { _, ans := j.latestNAV(); return ans != nil && ans.Cmp(value) == 0 })
}

// requestID is the id of the request r made (its DepositRequest or
// RedeemRequest event).
func (j *journey) requestID(r *types.Receipt) *big.Int {
	j.t.Helper()
	for _, l := range r.Logs {
		if ev, err := dealABI.UnpackDepositRequestEvent(l); err == nil {
			return ev.RequestId
		}
		if ev, err := dealABI.UnpackRedeemRequestEvent(l); err == nil {
			return ev.RequestId
		}
	}
	j.t.Fatal("no request event")
	return nil
}
