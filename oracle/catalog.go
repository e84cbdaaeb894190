package oracle

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
)

// FeedSource says which feeds exist. The Service asks it for the feed of
// an asset named in a request, the Relay for every feed on each pass, so a
// source that reads the records (Catalog) makes a feed deployed while the
// platform runs valued without a restart.
type FeedSource interface {
	// Feeds returns every feed, checked.
	Feeds(ctx context.Context) ([]Feed, error)
	// Feed returns the feed of asset (its key, or its issuance id), or a
	// NotFound error with code CodeUnknownAsset.
	Feed(ctx context.Context, asset string) (Feed, error)
}

// FixedFeeds is a FeedSource of a list known in advance (tests, a
// configuration file).
type FixedFeeds struct{ set feedSet }

// NewFixedFeeds checks feeds and returns them as a FeedSource.
func NewFixedFeeds(feeds ...Feed) (*FixedFeeds, error) {
	set, err := newFeedSet(feeds)
	if err != nil {
		return nil, err
	}
	if len(set.list) == 0 {
		return nil, errors.New("oracle: no feeds configured")
	}
	return &FixedFeeds{set: set}, nil
}

// Feeds implements FeedSource.
func (f *FixedFeeds) Feeds(context.Context) ([]Feed, error) { return f.set.feeds(), nil }

// Feed implements FeedSource.
func (f *FixedFeeds) Feed(_ context.Context, asset string) (Feed, error) { return f.set.lookup(asset) }

// feedSet is a checked list of feeds indexed by asset key and issuance id.
type feedSet struct {
	list []*Feed
	by   map[string]*Feed
}

func newFeedSet(feeds []Feed) (feedSet, error) {
	s := feedSet{by: make(map[string]*Feed, 2*len(feeds))}
	for i := range feeds {
		f := feeds[i]
		if err := f.Check(); err != nil {
			return feedSet{}, err
		}
		if _, dup := s.by[f.Asset]; dup {
			return feedSet{}, fmt.Errorf("oracle: asset %s has two feeds", f.Asset)
		}
		s.list = append(s.list, &f)
		s.by[f.Asset] = &f
	}
	for _, f := range s.list {
		if _, taken := s.by[f.ID]; f.ID != "" && !taken {
			s.by[f.ID] = f
		}
	}
	return s, nil
}

func (s feedSet) feeds() []Feed {
	out := make([]Feed, len(s.list))
	for i, f := range s.list {
		out[i] = *f
	}
	return out
}

func (s feedSet) lookup(asset string) (Feed, error) {
	if f, ok := s.by[asset]; ok {
		return *f, nil
	}
	return Feed{}, unknownAsset(asset)
}

// FeedPolicy is how one feed is aggregated and pushed.
type FeedPolicy struct {
	Aggregation AggregationConfig
	Policy      Policy
	// HeartbeatWarn: see Feed.HeartbeatWarn.
	HeartbeatWarn time.Duration
}

// PolicyConfig chooses each feed's policy: the one of its asset key in
// Assets, else Default.
type PolicyConfig struct {
	Default FeedPolicy
	Assets  map[string]FeedPolicy
}

func (p PolicyConfig) of(asset string) FeedPolicy {
	if fp, ok := p.Assets[asset]; ok {
		return fp
	}
	return p.Default
}

// DeploymentLister lists a chain's deployment records
// (chain.DeploymentStore, postgres.Deployments).
type DeploymentLister interface {
	Deployments(ctx context.Context, chainID *big.Int) ([]chain.Deployment, error)
}

// AssetSymbols names issuance assets: it returns the symbol of each of ids
// the records know (postgres.OracleStore).
type AssetSymbols interface {
	AssetSymbols(ctx context.Context, ids []string) (map[string]string, error)
}

// CatalogConfig configures a Catalog.
type CatalogConfig struct {
	ChainID     *big.Int
	Deployments DeploymentLister
	Assets      AssetSymbols
	// Client reads each feed's decimals() once: the feed contract holds
	// them, immutable, and the records do not.
	Client   bind.ContractCaller
	Policies PolicyConfig
	// MaxAge is how long Feed trusts the last read before it reads the
	// records again (5s); an asset it does not know is always read again.
	MaxAge time.Duration
	Logger *slog.Logger
	Now    func() time.Time
}

// Catalog is the FeedSource of the deployment records: every ValuationFeed
// recorded on the chain, whether the development suite recorded it as
// "asset:<SYMBOL>:feed" or tokenization as "issuance:<asset id>:feed". A
// feed's asset key is the asset's symbol; tokenized assets are also found
// by their issuance id. When two feeds would share a symbol, the one
// recorded first keeps it and the others are keyed by their issuance id,
// so an asset's observations never mix with another's and a later
// tokenization never takes a key already in use.
type Catalog struct {
	cfg CatalogConfig
	log *slog.Logger

	mu       sync.Mutex
	decimals map[common.Address]uint8
	set      feedSet
	readAt   time.Time
}

// NewCatalog returns a catalog for cfg.
func NewCatalog(cfg CatalogConfig) (*Catalog, error) {
	switch {
	case cfg.ChainID == nil || cfg.ChainID.Sign() <= 0:
		return nil, errors.New("oracle catalog: ChainID is required")
	case cfg.Deployments == nil || cfg.Assets == nil || cfg.Client == nil:
		return nil, errors.New("oracle catalog: Deployments, Assets and Client are required")
	}
	cfg.MaxAge = cmp.Or(cfg.MaxAge, 5*time.Second)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Catalog{cfg: cfg, log: cfg.Logger.With("component", "oracle-catalog"), decimals: map[common.Address]uint8{}}, nil
}

// Feeds reads the records and returns every feed on them.
func (c *Catalog) Feeds(ctx context.Context) ([]Feed, error) {
	set, err := c.read(ctx)
	if err != nil {
		return nil, err
	}
	return set.feeds(), nil
}

// Feed returns the feed of asset from the last read when it is recent,
// reading the records again when it is not or does not know asset.
func (c *Catalog) Feed(ctx context.Context, asset string) (Feed, error) {
	c.mu.Lock()
	set, fresh := c.set, c.cfg.Now().Sub(c.readAt) < c.cfg.MaxAge
	c.mu.Unlock()
	if fresh {
		if f, err := set.lookup(asset); err == nil {
			return f, nil
		}
	}
	set, err := c.read(ctx)
	if err != nil {
		return Feed{}, err
	}
	return set.lookup(asset)
}

// feedRecord is a ValuationFeed deployment and the asset it values.
type feedRecord struct {
	dep    chain.Deployment
	symbol string
	id     string // issuance asset id; empty for the development suite's
}

func (c *Catalog) read(ctx context.Context) (feedSet, error) {
	deps, err := c.cfg.Deployments.Deployments(ctx, c.cfg.ChainID)
	if err != nil {
		return feedSet{}, fmt.Errorf("oracle catalog: read deployments: %w", err)
	}
	var recs []feedRecord
	var ids []string
	for _, d := range deps {
		if d.Contract != "ValuationFeed" {
			continue
		}
		parts := strings.Split(d.Name, ":")
		if len(parts) != 3 || parts[2] != "feed" {
			continue
		}
		switch parts[0] {
		case "asset":
			recs = append(recs, feedRecord{dep: d, symbol: parts[1]})
		case "issuance":
			recs = append(recs, feedRecord{dep: d, id: parts[1]})
			ids = append(ids, parts[1])
		}
	}
	if len(ids) > 0 {
		symbols, err := c.cfg.Assets.AssetSymbols(ctx, ids)
		if err != nil {
			return feedSet{}, fmt.Errorf("oracle catalog: read asset symbols: %w", err)
		}
		for i := range recs {
			if recs[i].id != "" {
				recs[i].symbol = symbols[recs[i].id]
			}
		}
	}
	// First recorded first: the block it was deployed in, then its name.
	slices.SortStableFunc(recs, func(a, b feedRecord) int {
		return cmp.Or(cmp.Compare(a.dep.Block, b.dep.Block), strings.Compare(a.dep.Name, b.dep.Name))
	})
	var feeds []Feed
	keys := map[string]bool{}
	for _, r := range recs {
		key := r.symbol
		if key == "" || keys[key] {
			key = r.id
		}
		if key == "" || keys[key] || !validAsset(key) {
			c.log.Warn("feed on record left out: no asset key it can be valued under", "name", r.dep.Name, "feed", r.dep.Address)
			continue
		}
		dec, err := c.feedDecimals(ctx, r.dep.Address)
		if err != nil {
			c.log.Warn("feed on record left out: decimals unreadable", "name", r.dep.Name, "feed", r.dep.Address, "err", err)
			continue
		}
		p := c.cfg.Policies.of(key)
		f := Feed{Asset: key, ID: r.id, Address: r.dep.Address, Decimals: dec, Aggregation: p.Aggregation,
			Policy: p.Policy, HeartbeatWarn: p.HeartbeatWarn}
		if err := f.Check(); err != nil {
			c.log.Warn("feed on record left out", "name", r.dep.Name, "err", err)
			continue
		}
		keys[key] = true
		feeds = append(feeds, f)
	}
	set, err := newFeedSet(feeds)
	if err != nil {
		return feedSet{}, err
	}
	c.mu.Lock()
	c.set, c.readAt = set, c.cfg.Now()
	c.mu.Unlock()
	return set, nil
}

// feedDecimals reads a feed's decimals() once: a ValuationFeed's are
// immutable.
func (c *Catalog) feedDecimals(ctx context.Context, feed common.Address) (uint8, error) {
	c.mu.Lock()
	d, ok := c.decimals[feed]
	c.mu.Unlock()
	if ok {
		return d, nil
	}
	out, err := c.cfg.Client.CallContract(ctx, ethereum.CallMsg{To: &feed, Data: feedABI.PackDecimals()}, nil)
	if err != nil {
		return 0, err
	}
	if d, err = feedABI.UnpackDecimals(out); err != nil {
		return 0, err
	}
	c.mu.Lock()
	c.decimals[feed] = d
	c.mu.Unlock()
	return d, nil
}
