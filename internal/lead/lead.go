// Package lead runs a background loop in exactly one of the processes that
// share a database: the one holding the loop's leader lock (a PostgreSQL
// advisory lock, see postgres.Leader). A process that loses the lock stops
// leading at once and stands by for it again.
package lead

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
// database.
type Locker interface {
	// Lock blocks until this process leads name or ctx ends.
	Lock(ctx context.Context, name string) (Lease, error)
}

// Loop is the Start/Stop lifecycle of a leader-elected loop: one goroutine
// that, while it holds the leadership of Name (or always, without a
// Locker), calls Lead until the leadership or the loop ends. Lead must
// return soon after its context ends.
type Loop struct {
	Name   string
	Locker Locker // nil: lead in every process
	Log    *slog.Logger
	Lead   func(ctx context.Context)

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// Start starts the loop; it outlives ctx's cancellation until Stop.
func (l *Loop) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done != nil {
		return errors.New(l.Name + ": already started")
	}
	if l.Log == nil {
		l.Log = slog.New(slog.DiscardHandler)
	}
	ctx, l.cancel = context.WithCancel(context.WithoutCancel(ctx))
	l.done = make(chan struct{})
	go func() {
		defer close(l.done)
		l.run(ctx)
	}()
	return nil
}

// Stop ends the loop and waits for Lead to return, or for ctx to end.
func (l *Loop) Stop(ctx context.Context) error {
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

func (l *Loop) run(ctx context.Context) {
	if l.Locker == nil {
		l.Lead(ctx)
		return
	}
	for ctx.Err() == nil {
		lease, err := l.Locker.Lock(ctx, l.Name)
		if err != nil {
			if ctx.Err() == nil {
				l.Log.Warn("cannot take the leader lock", "lock", l.Name, "err", err)
				Sleep(ctx, time.Second)
			}
			continue
		}
		l.Log.Info("leading", "lock", l.Name)
		leadCtx, cancel := context.WithCancel(ctx)
		go func() {
			select {
			case <-lease.Lost():
				l.Log.Warn("leader lock lost: standing by", "lock", l.Name)
				cancel()
			case <-leadCtx.Done():
			}
		}()
		l.Lead(leadCtx)
		cancel()
		lease.Release()
	}
}

// Every calls fn now and then every interval until ctx ends; wake (may be
// nil) runs it early.
func Every(ctx context.Context, interval time.Duration, wake <-chan struct{}, fn func(context.Context)) {
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

// Sleep waits d or until ctx ends.
func Sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
