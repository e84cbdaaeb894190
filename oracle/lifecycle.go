package oracle

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Lease is a held leadership; Lost is closed when it ends.
type Lease interface {
	Lost() <-chan struct{}
	Release()
}

// Locker elects one leader per name among the processes sharing a
// database (postgres.OracleLocker).
type Locker interface {
	// Lock blocks until this process leads name or ctx ends.
	Lock(ctx context.Context, name string) (Lease, error)
}

// loop is the Start/Stop lifecycle shared by the Relay and the Poller: one
// goroutine that, while it holds the leadership of name (or always, without
// a Locker), calls lead until the leadership or the loop ends.
type loop struct {
	name   string
	locker Locker
	log    *slog.Logger
	lead   func(ctx context.Context)

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

func (l *loop) start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done != nil {
		return errors.New("oracle: " + l.name + " already started")
	}
	ctx, l.cancel = context.WithCancel(context.WithoutCancel(ctx))
	l.done = make(chan struct{})
	go func() {
		defer close(l.done)
		l.run(ctx)
	}()
	return nil
}

func (l *loop) stop(ctx context.Context) error {
	l.mu.Lock()
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if done == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *loop) run(ctx context.Context) {
	if l.locker == nil {
		l.lead(ctx)
		return
	}
	for ctx.Err() == nil {
		lease, err := l.locker.Lock(ctx, l.name)
		if err != nil {
			if ctx.Err() == nil {
				l.log.Warn("cannot take the leader lock", "lock", l.name, "err", err)
				sleep(ctx, time.Second)
			}
			continue
		}
		l.log.Info("leading", "lock", l.name)
		leadCtx, cancel := context.WithCancel(ctx)
		go func() {
			select {
			case <-lease.Lost():
				l.log.Warn("leader lock lost: standing by", "lock", l.name)
				cancel()
			case <-leadCtx.Done():
			}
		}()
		l.lead(leadCtx)
		cancel()
		lease.Release()
	}
}

// every calls fn now and then every interval until ctx ends; wake runs it
// early.
func every(ctx context.Context, interval time.Duration, wake <-chan struct{}, fn func(context.Context)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		fn(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-wake:
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
