package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// The demo oracle's principals: an appraiser is registered by one and
// approved by another (four-eyes), and the demo appraiser's valuations are
// carried by a third holding the oracle scope.
var (
	devOracleAdmin    = auth.System("tessera-dev-oracle-admin", auth.Admin)
	devOracleApprover = auth.System("tessera-dev-oracle-approver", auth.Approver)
	devOracleFeeder   = auth.System("tessera-dev-appraiser", auth.Oracle)
)

// devPolicies are the oracle policies of `tessera dev`: every feed is
// pushed on a 0.5% move or every minute, so the demo's history moves; the
// development suite's two assets have bounds of their own.
func devPolicies() oracle.PolicyConfig {
	agg := oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 1, OutlierPPB: 100_000_000}
	policy := func(minAnswer, maxAnswer *big.Int) oracle.FeedPolicy {
		return oracle.FeedPolicy{Aggregation: agg, Policy: oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: time.Minute,
			MinAnswer: minAnswer, MaxAnswer: maxAnswer}}
	}
	return oracle.PolicyConfig{Default: policy(nil, nil), Assets: map[string]oracle.FeedPolicy{
		"TTF":  policy(big.NewInt(1e6), big.NewInt(1e14)),
		"BLDG": policy(big.NewInt(1e8), big.NewInt(1e18)),
	}}
}

// demoAppraiser is a source that moves: every period it signs a valuation
// of each demo asset a small random step from the last, as an appraiser
// with its own key would, and submits it through the oracle service.
type demoAppraiser struct {
	svc     *oracle.Service
	chainID *big.Int
	key     *ecdsa.PrivateKey
	log     *slog.Logger
	period  time.Duration
	values  map[string]*big.Int

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newDemoAppraiser(svc *oracle.Service, chainID *big.Int, key *ecdsa.PrivateKey, log *slog.Logger) *demoAppraiser {
	return &demoAppraiser{svc: svc, chainID: chainID, key: key, log: log, period: 5 * time.Second, values: map[string]*big.Int{
		"TTF":  big.NewInt(100_00000000),    // $100.00 NAV per unit
		"BLDG": big.NewInt(25_000_00000000), // $25,000 per unit
	}}
}

// Start registers the appraiser for every asset and starts submitting.
func (d *demoAppraiser) Start(ctx context.Context) error {
	addr := crypto.PubkeyToAddress(d.key.PublicKey)
	for asset := range d.values {
		if err := registerDevAppraiser(ctx, d.svc, asset, addr, "Demo Appraisals Ltd"); err != nil {
			return fmt.Errorf("demo appraiser: %w", err)
		}
	}
	ctx, d.cancel = context.WithCancel(context.WithoutCancel(ctx))
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		t := time.NewTicker(d.period)
		defer t.Stop()
		for {
			d.submitAll(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

func (d *demoAppraiser) submitAll(ctx context.Context) {
	for asset, v := range d.values {
		// A step of -0.6% … +0.6%, in integer basis points of a basis point.
		step, _ := rand.Int(rand.Reader, big.NewInt(121))
		delta := new(big.Int).Mul(v, new(big.Int).Sub(step, big.NewInt(60)))
		v.Add(v, delta.Quo(delta, big.NewInt(10_000)))
		nonce, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
		domain, err := d.svc.Domain(ctx, asset)
		var sv oracle.SignedValuation
		if err == nil {
			sv, err = oracle.Valuation{Asset: asset, Value: new(big.Int).Set(v), Decimals: 8,
				ObservedAt: uint64(time.Now().Unix()), Nonce: nonce}.Sign(domain, d.key)
		}
		if err == nil {
			_, err = d.svc.Submit(ctx, devOracleFeeder, sv)
		}
		if err != nil && ctx.Err() == nil {
			d.log.Warn("demo appraiser: submission refused", "asset", asset, "err", err)
		}
	}
}

// registerDevAppraiser registers addr for asset the way an operator would:
// one principal requests, an independent one approves. An appraiser
// already registered (a restarted dev environment) is left as it is, and a
// request left pending by an interrupted start is approved.
func registerDevAppraiser(ctx context.Context, svc *oracle.Service, asset string, addr common.Address, name string) error {
	req, err := svc.RequestAppraiser(ctx, devOracleAdmin, asset, addr, name)
	switch e := errs.As(err); {
	case err == nil:
	case e != nil && e.Code == oracle.CodeAppraiserActive:
		return nil
	case e != nil && e.Code == oracle.CodeRequestPending:
		reqs, _, lerr := svc.AppraiserRequests(ctx, asset, oracle.Page{Limit: 500})
		if lerr != nil {
			return lerr
		}
		for _, r := range reqs {
			if r.State == oracle.RequestPending && r.Change == oracle.ChangeRegister && r.Address == addr {
				req = r
			}
		}
		if req.ID == 0 {
			return err
		}
	default:
		return err
	}
	_, err = svc.ApproveAppraiserRequest(ctx, devOracleApprover, req.ID, "demo appraiser")
	return err
}

// Stop ends the submissions.
func (d *demoAppraiser) Stop(context.Context) error {
	if d.cancel != nil {
		d.cancel()
		d.wg.Wait()
	}
	return nil
}
