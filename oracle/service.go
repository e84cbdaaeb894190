package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// ServiceConfig configures a Service.
type ServiceConfig struct {
	Store   Store
	ChainID *big.Int // the chain of the feeds, part of the EIP-712 domain
	// Source says which assets have feeds (a Catalog of the deployment
	// records); or Feeds lists them, fixed.
	Source FeedSource
	Feeds  []Feed
	// Keys resolves the principal behind a recorded actor, for the
	// four-eyes decisions on appraisers (postgres.APIKeyStore).
	Keys auth.Directory
	// MaxFuture is how far past now a submission's observedAt may be; 0
	// means one minute.
	MaxFuture time.Duration
	// Now is the clock; nil is time.Now.
	Now func() time.Time
	// OnObservation is called after a submission stored a new observation
	// (Relay.Notify, so a new value is considered at once); may be nil.
	// Imports do not call it: they never change the value.
	OnObservation func()
	// OnOverride is called after an override was approved (Relay.Notify,
	// so it is written at once); may be nil.
	OnOverride func()
}

// Check fills defaults and validates c.
func (c *ServiceConfig) Check() error {
	if c.Store == nil || c.Keys == nil {
		return errors.New("oracle: Store and Keys are required")
	}
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return errors.New("oracle: ChainID is required")
	}
	if c.MaxFuture <= 0 {
		c.MaxFuture = time.Minute
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// Service takes valuations in (signed submissions, CSV imports), manages
// appraisers, and answers what an asset is worth now and was worth before.
// Every change is made on behalf of an auth.Principal, authorized here.
type Service struct {
	cfg   ServiceConfig
	feeds FeedSource
}

// NewService returns a service for cfg.
func NewService(cfg ServiceConfig) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	src, err := feedSource(cfg.Source, cfg.Feeds)
	if err != nil {
		return nil, err
	}
	return &Service{cfg: cfg, feeds: src}, nil
}

// feedSource is source, or the fixed list feeds when source is nil.
func feedSource(source FeedSource, feeds []Feed) (FeedSource, error) {
	switch {
	case source != nil && len(feeds) > 0:
		return nil, errors.New("oracle: give a feed Source or a list of Feeds, not both")
	case source != nil:
		return source, nil
	}
	return NewFixedFeeds(feeds...)
}

// Feed returns the configuration of asset's feed (asset being its key or
// its issuance id), or a NotFound error with code CodeUnknownAsset.
func (s *Service) Feed(ctx context.Context, asset string) (Feed, error) {
	return s.feeds.Feed(ctx, asset)
}

// Domain returns the EIP-712 domain an appraiser signs asset's valuations
// in: this chain and the asset's feed.
func (s *Service) Domain(ctx context.Context, asset string) (Domain, error) {
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return Domain{}, err
	}
	return s.domain(f), nil
}

func (s *Service) domain(f Feed) Domain {
	return Domain{ChainID: new(big.Int).Set(s.cfg.ChainID), Feed: f.Address}
}

// submissionJSON is how a signed submission's raw payload is stored.
type submissionJSON struct {
	Asset      string `json:"asset"`
	Value      string `json:"value"`
	Decimals   uint8  `json:"decimals"`
	ObservedAt uint64 `json:"observedAt"`
	Nonce      string `json:"nonce"`
	Signature  string `json:"signature"`
	Signer     string `json:"signer"`
	ChainID    string `json:"chainId"`
	Feed       string `json:"verifyingContract"`
}

// Submit verifies a signed valuation, sent by p (who must hold
// auth.ValuationSubmit), and stores it as an observation. The source is the
// appraiser the signature recovers, never p: p only carries it. It is
// refused (and nothing stored) when the asset has no feed (NotFound), the
// signature is missing or malformed (Invalid), the signer it recovers is not
// an active appraiser of the asset (Forbidden: a signature over other
// fields, by another key or for another feed recovers another address), the
// nonce was used before (Conflict) or the observation time is in the future
// (Invalid).
func (s *Service) Submit(ctx context.Context, p auth.Principal, sv SignedValuation) (Observation, error) {
	if err := auth.Authorize(p, auth.ValuationSubmit); err != nil {
		return Observation{}, err
	}
	f, err := s.Feed(ctx, sv.Asset)
	if err != nil {
		return Observation{}, err
	}
	domain := s.domain(f)
	signer, err := sv.Signer(domain)
	if err != nil {
		return Observation{}, errs.Wrap(err, errs.Invalid, CodeBadSignature, "the valuation's signature is missing or malformed")
	}
	now := s.cfg.Now().UTC()
	a, err := s.cfg.Store.Appraiser(ctx, signer, f.Asset)
	if errs.Is(err, errs.NotFound) || err == nil && !a.Active(now) {
		return Observation{}, errs.E(errs.Forbidden, CodeNotAppraiser,
			fmt.Sprintf("%s is not a registered appraiser of %s", signer.Hex(), f.Asset))
	}
	if err != nil {
		return Observation{}, err
	}
	observed := time.Unix(int64(sv.ObservedAt), 0).UTC()
	if sv.ObservedAt > 1<<40 || observed.Sub(now) > s.cfg.MaxFuture {
		return Observation{}, errs.E(errs.Invalid, "observed_in_future", "observedAt is in the future")
	}
	raw, _ := json.Marshal(submissionJSON{
		Asset: sv.Asset, Value: sv.Value.String(), Decimals: sv.Decimals, ObservedAt: sv.ObservedAt,
		Nonce: sv.Nonce.String(), Signature: fmt.Sprintf("0x%x", sv.Signature), Signer: signer.Hex(),
		ChainID: s.cfg.ChainID.String(), Feed: domain.Feed.Hex(),
	})
	o, err := s.cfg.Store.AddSignedObservation(ctx, Observation{
		Asset:      f.Asset,
		Source:     "appraiser:" + signer.Hex(),
		Kind:       KindSigned,
		Value:      new(big.Int).Set(sv.Value),
		Decimals:   sv.Decimals,
		ObservedAt: observed,
		ReceivedAt: now,
		Signer:     &signer,
		Nonce:      new(big.Int).Set(sv.Nonce),
		Actor:      p.Actor(),
		Raw:        raw,
	})
	if err == nil {
		s.notify()
	}
	return o, err
}

func (s *Service) notify() {
	if s.cfg.OnObservation != nil {
		s.cfg.OnObservation()
	}
}

// Value aggregates the fresh live observations of asset now: the value the
// relay would push (imports never count). Too few fresh sources is an
// Unavailable error with code CodeNotEnoughSources.
func (s *Service) Value(ctx context.Context, asset string) (Aggregate, error) {
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return Aggregate{}, err
	}
	now := s.cfg.Now()
	obs, err := s.cfg.Store.FreshObservations(ctx, f.Asset, now.Add(-f.Aggregation.MaxAge))
	if err != nil {
		return Aggregate{}, err
	}
	return AggregateObservations(obs, f.Decimals, f.Aggregation, now)
}

// Page bounds a list: Before is the cursor (an id; 0 starts at the newest)
// and Limit the size (1-500, 0 means 50).
type Page struct {
	Before int64
	Limit  int
}

func (p Page) check() (Page, error) {
	if p.Limit == 0 {
		p.Limit = 50
	}
	if p.Limit < 0 || p.Limit > 500 || p.Before < 0 {
		return p, errs.E(errs.Invalid, "bad_page", "limit must be 1-500 and the cursor non-negative")
	}
	return p, nil
}

// History returns the pushes of asset, newest first, each with the
// observations behind it, and the cursor of the next page (0 at the end).
func (s *Service) History(ctx context.Context, asset string, page Page) ([]Push, int64, error) {
	return listPage(ctx, s, asset, page, s.cfg.Store.Pushes, func(x Push) int64 { return x.ID })
}

// Observations returns the observations of asset, newest first, and the
// cursor of the next page (0 at the end).
func (s *Service) Observations(ctx context.Context, asset string, page Page) ([]Observation, int64, error) {
	return listPage(ctx, s, asset, page, s.cfg.Store.Observations, func(x Observation) int64 { return x.ID })
}

// trimPage drops the look-ahead item fetched to know whether a next page
// exists.
// listPage is a page of what list files under asset's key, newest first,
// and the cursor of the next page (0 at the end).
func listPage[T any](ctx context.Context, s *Service, asset string, page Page,
	list func(ctx context.Context, asset string, before int64, limit int) ([]T, error), id func(T) int64) ([]T, int64, error) {
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return nil, 0, err
	}
	page, err = page.check()
	if err != nil {
		return nil, 0, err
	}
	out, err := list(ctx, f.Asset, page.Before, page.Limit+1)
	if err != nil {
		return nil, 0, err
	}
	return trimPage(out, page.Limit, id)
}

func trimPage[T any](items []T, limit int, id func(T) int64) ([]T, int64, error) {
	if len(items) <= limit {
		return items, 0, nil
	}
	items = items[:limit]
	return items, id(items[limit-1]), nil
}
