package compliance

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Worker runs the KYC expiry sweep and the registry reconciliation every
// Every, the first time right after Start. In a replicated deployment run
// it on one node (or accept that two runs repair the same drift with
// different idempotency keys: the second finds nothing left to do).
type Worker struct {
	Service *Service
	Every   time.Duration // 1 min
	Actor   string        // who the log names; "system:compliance-worker"
	Logger  *slog.Logger

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// Start starts the loop.
func (w *Worker) Start(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cancel != nil {
		return errors.New("compliance worker: already started")
	}
	if w.Every == 0 {
		w.Every = time.Minute
	}
	if w.Actor == "" {
		w.Actor = "system:compliance-worker"
	}
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
	ctx, w.cancel = context.WithCancel(context.WithoutCancel(ctx))
	w.done = make(chan struct{})
	go w.run(ctx)
	return nil
}

// Stop stops the loop and waits for a running pass to end.
func (w *Worker) Stop(ctx context.Context) error {
	w.mu.Lock()
	cancel, done := w.cancel, w.done
	w.mu.Unlock()
	if cancel == nil {
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

func (w *Worker) run(ctx context.Context) {
	defer close(w.done)
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		w.Pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Pass sweeps expired KYC, then reconciles the registry, once.
func (w *Worker) Pass(ctx context.Context) {
	if _, err := w.Service.SweepKYC(ctx, w.Actor); err != nil && ctx.Err() == nil {
		w.Logger.Error("KYC sweep failed", "error", err)
	}
	if rep, err := w.Service.Reconcile(ctx, w.Actor); err != nil && ctx.Err() == nil {
		w.Logger.Error("registry reconciliation failed", "error", err)
	} else if err == nil && len(rep.Repairs) > 0 {
		w.Logger.Warn("registry drift repaired", "run", rep.Run, "repairs", len(rep.Repairs))
	}
}
