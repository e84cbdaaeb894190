package chain

import (
	"log/slog"
	"time"
)

// progress logs catch-up speed at most once per interval, and once when the
// indexer reaches the head.
type progress struct {
	log   *slog.Logger
	every time.Duration

	since   time.Time // start of the current interval
	blocks  uint64
	events  int
	behind  bool // something was read since the last caught-up line
	started bool
}

func (p *progress) add(blocks uint64, events int, cur IndexCursor) {
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
			"events_per_s", round1(float64(p.events)/secs))
		p.since, p.blocks, p.events = now, 0, 0
	}
}

func (p *progress) caughtUp(cur IndexCursor) {
	if !p.behind {
		return
	}
	p.behind, p.started = false, false
	p.blocks, p.events = 0, 0
	p.log.Info("indexer at head", "block", cur.Block.Number, "finalized", cur.Finalized)
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
