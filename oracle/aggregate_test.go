package oracle_test

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

var t0 = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// obs makes a signed observation of source with value (at 2 decimals)
// observed ago before t0.
func obs(id int64, source string, value int64, ago time.Duration) oracle.Observation {
	return oracle.Observation{ID: id, Asset: "TBILL", Source: source, Kind: oracle.KindSigned, Value: big.NewInt(value),
		Decimals: 2, ObservedAt: t0.Add(-ago)}
}

// imported makes obs an imported (CSV) observation.
func imported(o oracle.Observation) oracle.Observation {
	o.Kind = oracle.KindCSV
	return o
}

func sources(list []oracle.Observation) []string {
	var out []string
	for _, o := range list {
		out = append(out, o.Source)
	}
	slices.Sort(out)
	return out
}

func TestAggregateObservations(t *testing.T) {
	t.Parallel()
	cfg := oracle.AggregationConfig{MaxAge: time.Hour, MinSources: 1, MaxFuture: time.Minute}
	tests := []struct {
		name     string
		obs      []oracle.Observation
		cfg      func(*oracle.AggregationConfig)
		decimals uint8
		want     int64 // -1: not enough sources
		used     []string
		rejected []string
		stale    []string
	}{
		{
			name: "odd count: the middle value",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 300, 0), obs(3, "c", 200, 0)},
			want: 200, used: []string{"a", "b", "c"},
		},
		{
			name: "even count: mean of the middle two",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 200, 0), obs(3, "c", 300, 0), obs(4, "d", 1000, 0)},
			want: 250, used: []string{"a", "b", "c", "d"},
		},
		{
			name: "even count: half rounds away from zero",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 101, 0)},
			want: 101, used: []string{"a", "b"},
		},
		{
			name: "even count, negative: half rounds away from zero",
			obs:  []oracle.Observation{obs(1, "a", -100, 0), obs(2, "b", -101, 0)},
			want: -101, used: []string{"a", "b"},
		},
		{
			name: "one latest observation per source",
			obs:  []oracle.Observation{obs(1, "a", 100, 30*time.Minute), obs(2, "a", 900, time.Minute), obs(3, "b", 800, 0)},
			want: 850, used: []string{"a", "b"},
		},
		{
			name: "stale excluded",
			obs:  []oracle.Observation{obs(1, "a", 100, 2*time.Hour), obs(2, "b", 200, 0), obs(3, "c", 300, 0)},
			want: 250, used: []string{"b", "c"}, stale: []string{"a"},
		},
		{
			name: "a stale latest observation is not replaced by an older one",
			obs:  []oracle.Observation{obs(1, "a", 100, 3*time.Hour), obs(2, "a", 150, 2*time.Hour), obs(3, "b", 200, 0)},
			want: 200, used: []string{"b"}, stale: []string{"a"},
		},
		{
			name: "future beyond the skew excluded",
			obs:  []oracle.Observation{obs(1, "a", 100, -2*time.Minute), obs(2, "b", 200, -30*time.Second)},
			want: 200, used: []string{"b"}, stale: []string{"a"},
		},
		{
			name: "min sources not met",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 200, 0)},
			cfg:  func(c *oracle.AggregationConfig) { c.MinSources = 3 },
			want: -1,
		},
		{
			name: "min sources not met once stale ones are excluded",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 200, 0), obs(3, "c", 300, 90*time.Minute)},
			cfg:  func(c *oracle.AggregationConfig) { c.MinSources = 3 },
			want: -1, stale: []string{"c"},
		},
		{
			name: "outlier rejected and reported",
			obs: []oracle.Observation{obs(1, "a", 10000, 0), obs(2, "b", 10100, 0), obs(3, "c", 9950, 0),
				obs(4, "d", 20000, 0)},
			cfg:  func(c *oracle.AggregationConfig) { c.OutlierPPB = 50_000_000 }, // 5%
			want: 10000, used: []string{"a", "b", "c"}, rejected: []string{"d"},
		},
		{
			name: "at exactly the outlier distance: kept",
			obs:  []oracle.Observation{obs(1, "a", 95, 0), obs(2, "b", 100, 0), obs(3, "c", 105, 0)},
			cfg:  func(c *oracle.AggregationConfig) { c.OutlierPPB = 50_000_000 },
			want: 100, used: []string{"a", "b", "c"},
		},
		{
			name: "outliers push the count below the minimum",
			obs:  []oracle.Observation{obs(1, "a", 100, 0), obs(2, "b", 200, 0), obs(3, "c", 400, 0)},
			cfg: func(c *oracle.AggregationConfig) {
				c.OutlierPPB = 10_000_000
				c.MinSources = 2
			},
			want: -1, rejected: []string{"a", "c"},
		},
		{
			name:     "values rescaled to the feed's decimals",
			obs:      []oracle.Observation{obs(1, "a", 100, 0), {ID: 2, Source: "b", Kind: oracle.KindHTTP, Value: big.NewInt(20000), Decimals: 4, ObservedAt: t0}},
			decimals: 3,
			want:     1500, used: []string{"a", "b"},
		},
		{
			name: "no observations",
			want: -1,
		},
		{
			// Imports are history: never used, never the reason a live
			// source is dropped as an outlier, whatever a store returns.
			name: "imported observations never count",
			obs: []oracle.Observation{obs(1, "a", 10005, 0), obs(2, "b", 10010, 0), imported(obs(3, "csv:x", 100, 0)),
				imported(obs(4, "csv:y", 100, 0)), imported(obs(5, "csv:z", 100, 0))},
			cfg:  func(c *oracle.AggregationConfig) { c.OutlierPPB = 20_000_000 },
			want: 10008, used: []string{"a", "b"},
		},
		{
			name: "only imported observations",
			obs:  []oracle.Observation{imported(obs(1, "csv:x", 100, 0))},
			want: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := cfg
			if tt.cfg != nil {
				tt.cfg(&c)
			}
			dec := tt.decimals
			if dec == 0 {
				dec = 2
			}
			agg, err := oracle.AggregateObservations(tt.obs, dec, c, t0)
			if tt.want == -1 {
				if !errs.Is(err, errs.Unavailable) || errs.As(err).Code != oracle.CodeNotEnoughSources {
					t.Fatalf("want not enough sources, got %v (value %v)", err, agg.Value)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if agg.Value.Int64() != tt.want {
					t.Errorf("value %s, want %d", agg.Value, tt.want)
				}
				if got := sources(agg.Used); !slices.Equal(got, tt.used) {
					t.Errorf("used %v, want %v", got, tt.used)
				}
			}
			var rejected []oracle.Observation
			for _, o := range agg.Rejected {
				rejected = append(rejected, o.Observation)
				if o.DistancePPB == nil || o.DistancePPB.Sign() <= 0 {
					t.Errorf("rejected %s without a distance", o.Source)
				}
			}
			if got := sources(rejected); !slices.Equal(got, tt.rejected) {
				t.Errorf("rejected %v, want %v", got, tt.rejected)
			}
			if got := sources(agg.Stale); !slices.Equal(got, tt.stale) {
				t.Errorf("stale %v, want %v", got, tt.stale)
			}
		})
	}
}

func TestAggregateObservedAtIsTheNewestUsed(t *testing.T) {
	t.Parallel()
	agg, err := oracle.AggregateObservations([]oracle.Observation{obs(1, "a", 100, 10*time.Minute), obs(2, "b", 100, time.Minute)},
		2, oracle.AggregationConfig{MaxAge: time.Hour}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if want := t0.Add(-time.Minute); !agg.ObservedAt.Equal(want) {
		t.Fatalf("observed at %v, want %v", agg.ObservedAt, want)
	}
}
