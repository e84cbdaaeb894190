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
	// Aliases never shadow a key: an issuance id, then a symbol no other
	// feed on record shares.
	for _, f := range s.list {
		for _, alias := range []string{f.ID, f.Symbol} {
			if _, taken := s.by[alias]; alias != "" && !taken {
				s.by[alias] = f
			}
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

func (p PolicyConfig) of(keys ...string) FeedPolicy {
	for _, k := range keys {
		if fp, ok := p.Assets[k]; ok && k != "" {
			return fp
		}
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
	// Client reads the decimals() of a feed whose record does not give
	// them, once: they are immutable.
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
	// Keys do not depend on the order feeds were recorded in, nor on which
	// of them could be read: a feed deployed by the platform's own deploy
	// tooling (asset:SYM:feed) is keyed by its record's symbol, a
	// tokenized asset's feed by the asset's issuance id. An asset's symbol
	// is only an alias for lookups, and only while no other feed on record
	// has the same symbol, so no asset can take another's key, and with it
	// its appraisers, observations and pushes.
	canonical := map[common.Address]string{}
	feedIDs := map[common.Address][]string{}
	recorded := map[common.Address]uint8{} // decimals the records give
	symbolFeeds := map[string]map[common.Address]bool{}
	var addrs []common.Address
	for _, r := range recs {
		a := r.dep.Address
		if r.dep.Decimals != nil {
			recorded[a] = *r.dep.Decimals
		}
		if _, seen := canonical[a]; !seen && feedIDs[a] == nil {
			addrs = append(addrs, a)
		}
		if r.id == "" {
			if cur, ok := canonical[a]; !ok || r.symbol < cur {
				canonical[a] = r.symbol
			}
		} else {
			feedIDs[a] = append(feedIDs[a], r.id)
		}
		if r.symbol != "" {
			if symbolFeeds[r.symbol] == nil {
				symbolFeeds[r.symbol] = map[common.Address]bool{}
			}
			symbolFeeds[r.symbol][a] = true
		}
	}
	slices.SortFunc(addrs, func(x, y common.Address) int { return x.Cmp(y) })
	var feeds []Feed
	for _, a := range addrs {
		slices.Sort(feedIDs[a])
		key, ok := canonical[a]
		if !ok {
			key = feedIDs[a][0]
		}
		if !validAsset(key) {
			c.log.Warn("feed on record left out: no asset key it can be valued under", "feed", a, "key", key)
			continue
		}
		var id, alias string
		if len(feedIDs[a]) > 0 {
			id = feedIDs[a][0]
		}
		for _, r := range recs {
			if r.dep.Address == a && r.id != "" && r.symbol != key && len(symbolFeeds[r.symbol]) == 1 && validAsset(r.symbol) {
				alias = r.symbol
			}
		}
		dec, known := recorded[a]
		var err error
		if !known {
			dec, err = c.feedDecimals(ctx, a)
		}
		if err != nil {
			c.log.Warn("feed on record left out: decimals unreadable", "feed", a, "err", err)
			continue
		}
		p := c.cfg.Policies.of(key, alias)
		f := Feed{Asset: key, ID: id, Symbol: alias, Address: a, Decimals: dec, Aggregation: p.Aggregation,
			Policy: p.Policy, HeartbeatWarn: p.HeartbeatWarn}
		if err := f.Check(); err != nil {
			c.log.Warn("feed on record left out", "feed", a, "err", err)
			continue
		}
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
