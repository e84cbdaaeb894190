package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"

	"github.com/tessera-rwa/tessera/internal/lead"
)

// Fetcher gets a document over HTTP (oraclehttp.Fetcher).
type Fetcher interface {
	Fetch(ctx context.Context, url string) ([]byte, error)
}

// HTTPSource is a JSON endpoint that reports an asset's value, such as a
// fund administrator's NAV API.
type HTTPSource struct {
	Name  string // unique; observations are from source "http:<Name>"
	Asset string
	URL   string
	// Path is the dotted path of the value in the response, e.g.
	// "data.nav"; the value may be a JSON number or a string holding a
	// decimal number, in the asset's unit ("101.2345").
	Path string
	// TimePath, when set, is the dotted path of the time the value is as
	// of (RFC 3339, YYYY-MM-DD or Unix seconds); otherwise the fetch time
	// is used. With it, a source that stops updating stops being fresh.
	TimePath string
	Interval time.Duration // 1m between polls
}

// PollerConfig configures a Poller.
type PollerConfig struct {
	Store   Store
	Fetcher Fetcher
	Feeds   []Feed // the assets' decimals
	Sources []HTTPSource
	// Locker elects one poller per database; nil polls in every process
	// (a duplicate observation of the same source does no harm, since the
	// aggregation takes one per source).
	Locker   lead.Locker
	LockName string // "oracle-poller"
	Logger   *slog.Logger
	Now      func() time.Time
	// OnObservation is called after each stored observation (to wake the
	// relay, say); may be nil.
	OnObservation func(Observation)
}

// Poller polls HTTP sources on their intervals and stores what they report.
type Poller struct {
	cfg     PollerConfig
	feeds   map[string]*Feed
	sources map[string]HTTPSource
	log     *slog.Logger
	loop    lead.Loop
}

// NewPoller returns a poller for cfg.
func NewPoller(cfg PollerConfig) (*Poller, error) {
	if cfg.Store == nil || cfg.Fetcher == nil {
		return nil, errors.New("oracle poller: Store and Fetcher are required")
	}
	feeds, err := checkFeeds(cfg.Feeds)
	if err != nil {
		return nil, err
	}
	if cfg.LockName == "" {
		cfg.LockName = "oracle-poller"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	p := &Poller{cfg: cfg, feeds: feeds, sources: map[string]HTTPSource{}, log: cfg.Logger.With("component", "oracle-poller")}
	for _, s := range cfg.Sources {
		switch {
		case !validAsset(s.Name):
			return nil, fmt.Errorf("oracle poller: source name %q: want 1-64 letters, digits, '-', '_' or '.'", s.Name)
		case feeds[s.Asset] == nil:
			return nil, fmt.Errorf("oracle poller: source %s: no feed for asset %q", s.Name, s.Asset)
		case !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://"):
			return nil, fmt.Errorf("oracle poller: source %s: URL must be http(s)", s.Name)
		case s.Path == "":
			return nil, fmt.Errorf("oracle poller: source %s: Path is required", s.Name)
		}
		if _, dup := p.sources[s.Name]; dup {
			return nil, fmt.Errorf("oracle poller: two sources named %s", s.Name)
		}
		if s.Interval <= 0 {
			s.Interval = time.Minute
		}
		p.sources[s.Name] = s
	}
	p.loop = lead.Loop{Name: cfg.LockName, Locker: cfg.Locker, Log: p.log, Lead: p.lead}
	return p, nil
}

// Start polls until Stop.
func (p *Poller) Start(ctx context.Context) error { return p.loop.Start(ctx) }

// Stop ends polling and waits for it.
func (p *Poller) Stop(ctx context.Context) error { return p.loop.Stop(ctx) }

func (p *Poller) lead(ctx context.Context) {
	var wg sync.WaitGroup
	for _, s := range p.sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lead.Every(ctx, s.Interval, nil, func(ctx context.Context) {
				if _, _, err := p.Poll(ctx, s.Name); err != nil && ctx.Err() == nil {
					p.log.Warn("poll failed", "source", s.Name, "asset", s.Asset, "err", err)
				}
			})
		}()
	}
	wg.Wait()
}

// Poll fetches the source called name once and stores its value. It returns
// the observation and whether it was new (a source reporting the same as-of
// time again is not stored twice).
func (p *Poller) Poll(ctx context.Context, name string) (Observation, bool, error) {
	s, ok := p.sources[name]
	if !ok {
		return Observation{}, false, errs.E(errs.NotFound, "", "no HTTP source "+name)
	}
	f := p.feeds[s.Asset]
	fetched := p.cfg.Now().UTC()
	body, err := p.cfg.Fetcher.Fetch(ctx, s.URL)
	if err != nil {
		return Observation{}, false, err
	}
	o, err := parseHTTPObservation(s, f, body, fetched)
	if err != nil {
		return Observation{}, false, err
	}
	stored, err := p.cfg.Store.AddObservations(ctx, []Observation{o})
	if err != nil || len(stored) == 0 {
		return o, false, err
	}
	if p.cfg.OnObservation != nil {
		p.cfg.OnObservation(stored[0])
	}
	return stored[0], true, nil
}

func parseHTTPObservation(s HTTPSource, f *Feed, body []byte, fetched time.Time) (Observation, error) {
	text, err := ExtractJSON(body, s.Path)
	if err != nil {
		return Observation{}, err
	}
	v, err := ParseDecimal(text, f.Decimals)
	if err != nil {
		return Observation{}, err
	}
	at := fetched
	if s.TimePath != "" {
		ts, err := ExtractJSON(body, s.TimePath)
		if err != nil {
			return Observation{}, err
		}
		if at, err = ParseTime(ts); err != nil {
			return Observation{}, err
		}
	}
	return Observation{
		Asset:      s.Asset,
		Source:     "http:" + s.Name,
		Kind:       KindHTTP,
		Value:      v,
		Decimals:   f.Decimals,
		ObservedAt: at,
		ReceivedAt: fetched,
		Actor:      PollerActor,
		Raw:        body,
	}, nil
}

// PollerActor is the actor recorded on polled observations: the server
// itself, fetching a source its operator configured.
var PollerActor = auth.System("oracle-poller").Actor()
