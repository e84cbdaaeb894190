package oracle

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// ppb is one billion: deviations and distances are in parts per billion.
var ppb = big.NewInt(1_000_000_000)

// AggregationConfig says which observations of an asset count and how they
// are combined.
type AggregationConfig struct {
	// MaxAge is how old an observation may be and still count.
	MaxAge time.Duration
	// MinSources is how many sources must agree (after outliers are
	// dropped); 0 means 1.
	MinSources int
	// OutlierPPB drops observations farther than this from the median, in
	// parts per billion of the median; 0 keeps every observation.
	OutlierPPB uint64
	// MaxFuture is how far past now an observation time may be (clock
	// skew between sources); 0 means one minute.
	MaxFuture time.Duration
}

// Check fills defaults and validates c.
func (c *AggregationConfig) Check() error {
	if c.MaxAge <= 0 {
		return errors.New("aggregation: MaxAge is required")
	}
	if c.MinSources < 0 {
		return errors.New("aggregation: negative MinSources")
	}
	if c.MinSources == 0 {
		c.MinSources = 1
	}
	if c.MaxFuture <= 0 {
		c.MaxFuture = time.Minute
	}
	return nil
}

// Aggregate is the value of an asset computed from its observations.
type Aggregate struct {
	Value    *big.Int // median, scaled by 10^Decimals; nil when Err
	Decimals uint8
	// ObservedAt is the newest observation time among Used: the value
	// reflects what was known then. It is what a push sends as the
	// round's observation time.
	ObservedAt time.Time
	Used       []Observation // one per source, by value
	Rejected   []Outlier     // discarded as outliers
	Stale      []Observation // latest of their source, but too old or in the future
}

// Outlier is an observation discarded for being too far from the median.
type Outlier struct {
	Observation
	DistancePPB *big.Int // |value − median| / |median| in ppb; nil for a zero median
}

// UsedIDs returns the ids of the used observations.
func (a Aggregate) UsedIDs() []int64 {
	ids := make([]int64, len(a.Used))
	for i, o := range a.Used {
		ids[i] = o.ID
	}
	return ids
}

// AggregateObservations computes the value of one asset at now: the latest
// live observation (Kind.Live; imports never count, whatever a store
// returns) of each source counts if it is at most cfg.MaxAge old (and not
// in the future past cfg.MaxFuture); values are scaled to decimals; those
// farther than cfg.OutlierPPB from the median are dropped; the median of the
// rest is the value, if at least cfg.MinSources remain. The median of an even
// number of values is the mean of the middle two, rounded half away from
// zero. When too few sources remain the error is Unavailable with code
// CodeNotEnoughSources, and the returned Aggregate still says which
// observations were stale or rejected.
func AggregateObservations(obs []Observation, decimals uint8, cfg AggregationConfig, now time.Time) (Aggregate, error) {
	if cfg.MinSources <= 0 {
		cfg.MinSources = 1
	}
	agg := Aggregate{Decimals: decimals}
	latest := map[string]Observation{}
	for _, o := range obs {
		if !o.Kind.Live() {
			continue
		}
		if cur, ok := latest[o.Source]; !ok || o.ObservedAt.After(cur.ObservedAt) ||
			o.ObservedAt.Equal(cur.ObservedAt) && o.ID > cur.ID {
			latest[o.Source] = o
		}
	}
	var fresh []Observation
	for _, o := range latest {
		age := now.Sub(o.ObservedAt)
		if age > cfg.MaxAge || -age > cfg.MaxFuture {
			agg.Stale = append(agg.Stale, o)
			continue
		}
		o.Value = Rescale(o.Value, o.Decimals, decimals)
		o.Decimals = decimals
		fresh = append(fresh, o)
	}
	sortObservations(fresh)
	sortObservations(agg.Stale)
	if len(fresh) < cfg.MinSources {
		return agg, notEnough(len(fresh), cfg.MinSources, len(agg.Stale), 0)
	}
	mid := median(fresh)
	kept := fresh
	if cfg.OutlierPPB > 0 {
		kept = nil
		limit := new(big.Int).SetUint64(cfg.OutlierPPB)
		for _, o := range fresh {
			if d, far := distance(o.Value, mid, limit); far {
				agg.Rejected = append(agg.Rejected, Outlier{Observation: o, DistancePPB: d})
				continue
			}
			kept = append(kept, o)
		}
	}
	if len(kept) < cfg.MinSources {
		return agg, notEnough(len(kept), cfg.MinSources, len(agg.Stale), len(agg.Rejected))
	}
	agg.Used = kept
	agg.Value = median(kept)
	agg.ObservedAt = kept[0].ObservedAt
	for _, o := range kept[1:] {
		if o.ObservedAt.After(agg.ObservedAt) {
			agg.ObservedAt = o.ObservedAt
		}
	}
	return agg, nil
}

func notEnough(have, want, stale, rejected int) error {
	return errs.E(errs.Unavailable, CodeNotEnoughSources,
		fmt.Sprintf("%d fresh source(s), %d needed (%d stale, %d outlier(s))", have, want, stale, rejected))
}

// sortObservations orders by value, then source, so results are stable.
func sortObservations(obs []Observation) {
	slices.SortFunc(obs, func(a, b Observation) int {
		if c := a.Value.Cmp(b.Value); c != 0 {
			return c
		}
		if a.Source < b.Source {
			return -1
		}
		if a.Source > b.Source {
			return 1
		}
		return 0
	})
}

// median of values sorted ascending.
func median(sorted []Observation) *big.Int {
	n := len(sorted)
	if n%2 == 1 {
		return new(big.Int).Set(sorted[n/2].Value)
	}
	sum := new(big.Int).Add(sorted[n/2-1].Value, sorted[n/2].Value)
	return divRound(sum, big.NewInt(2))
}

// distance returns |v − ref| / |ref| in ppb (nil when ref is zero) and
// whether it is beyond limit. The comparison is exact: |v − ref| × 1e9 >
// limit × |ref|.
func distance(v, ref, limit *big.Int) (*big.Int, bool) {
	diff := new(big.Int).Abs(new(big.Int).Sub(v, ref))
	absRef := new(big.Int).Abs(ref)
	scaled := new(big.Int).Mul(diff, ppb)
	far := scaled.Cmp(new(big.Int).Mul(limit, absRef)) > 0
	if absRef.Sign() == 0 {
		return nil, diff.Sign() != 0
	}
	return scaled.Quo(scaled, absRef), far
}
