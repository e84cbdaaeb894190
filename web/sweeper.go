package web

import (
	"context"
	"log/slog"
	"time"
)

// Expirer deletes the records that expired by now and says how many.
type Expirer interface {
	DeleteExpired(ctx context.Context, now time.Time) (int64, error)
}

type sweeperConfig struct {
	Every  time.Duration
	Now    func() time.Time
	Logger *slog.Logger
	Expire map[string]Expirer // by what they delete, for the log
}

// sweeper deletes expired nonces, idempotency records and stream events. Every replica
// runs one; the deletes are idempotent, so they need no coordination.
type sweeper struct {
	cancel context.CancelFunc
	done   chan struct{}
}

func startSweeper(cfg sweeperConfig) *sweeper {
	ctx, cancel := context.WithCancel(context.Background())
	sw := &sweeper{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(sw.done)
		t := time.NewTicker(cfg.Every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			for name, e := range cfg.Expire {
				if _, err := e.DeleteExpired(ctx, cfg.Now()); err != nil && ctx.Err() == nil {
					cfg.Logger.Warn("sweep of expired "+name+" failed", slog.String("error", err.Error()))
				}
			}
		}
	}()
	return sw
}

// stop ends the sweeper and waits for it.
func (sw *sweeper) stop() {
	sw.cancel()
	<-sw.done
}
