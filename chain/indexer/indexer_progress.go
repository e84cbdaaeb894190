package indexer

import (
	"log/slog"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/tessera-rwa/tessera/chain"
)

// progress logs catch-up speed at most once per interval, and once when the
// indexer reaches the head. Each line says how much of the interval was
// spent waiting for the node and writing PostgreSQL, which tells which of
// the two limits the catch-up.
type progress struct {
	log   *slog.Logger
	every time.Duration

	// Busy time since the last line, added from the fetching goroutine and
	// the writing one.
	nodeBusy, dbBusy atomic.Int64

	since   time.Time // start of the current interval
	blocks  uint64
	events  int
	behind  bool // something was read since the last caught-up line
	started bool
}

func (p *progress) add(blocks uint64, events int, cur chain.IndexCursor) {
	now := time.Now()
	if !p.started {
		p.since, p.started = now, true
	}
	p.blocks += blocks
	p.events += events
	p.behind = true
	if el := now.Sub(p.since); el >= p.every {
		secs := el.Seconds()
		p.log.Info("indexing",
			"block", cur.Block.Number,
			"head", cur.Head,
			"behind", cur.Head-min(cur.Head, cur.Block.Number),
			"blocks_per_s", round1(float64(p.blocks)/secs),
			"events_per_s", round1(float64(p.events)/secs),
			"node_busy", percent(p.nodeBusy.Swap(0), el),
			"db_busy", percent(p.dbBusy.Swap(0), el))
		p.since, p.blocks, p.events = now, 0, 0
	}
}

func (p *progress) caughtUp(cur chain.IndexCursor) {
	if !p.behind {
		return
	}
	p.behind, p.started = false, false
	p.blocks, p.events = 0, 0
	p.nodeBusy.Store(0)
	p.dbBusy.Store(0)
	p.log.Info("indexer at head", "block", cur.Block.Number, "finalized", cur.Finalized)
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

// percent renders busy nanoseconds as a share of el.
func percent(busy int64, el time.Duration) string {
	return strconv.Itoa(int(100*busy/max(1, int64(el)))) + "%"
}
