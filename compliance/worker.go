package compliance

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/internal/lead"
)

// Worker runs the KYC and category expiry sweeps and the registry
// reconciliation every
// Every, the first time right after Start. With a Locker it runs only in
// the process holding the "compliance-worker" leader lock, and stops at
// once when that lock is lost; without one it runs in every process (two
// runs then repair the same drift with different idempotency keys: the
// second finds nothing left to do).
type Worker struct {
	Service *Service
	Every   time.Duration // 1 min
	// Principal is who the log names; default auth.System("compliance-worker")
	// with the compliance scope.
	Principal auth.Principal
	Logger    *slog.Logger
	Locker    lead.Locker // optional (postgres.Leader); nil runs in every process

	mu   sync.Mutex
	loop *lead.Loop
}

// LockName is the leader lock a Worker with a Locker holds.
const LockName = "compliance-worker"

// Start starts the loop.
func (w *Worker) Start(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.loop != nil {
		return errors.New("compliance worker: already started")
	}
	if w.Every == 0 {
		w.Every = time.Minute
	}
	if w.Principal.IsZero() {
		w.Principal = auth.System("compliance-worker", auth.Compliance)
	}
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
	w.loop = &lead.Loop{Name: LockName, Locker: w.Locker, Log: w.Logger, Lead: func(ctx context.Context) {
		lead.Every(ctx, w.Every, nil, w.Pass)
	}}
	return w.loop.Start(ctx)
}

// Stop stops the loop and waits for a running pass to end.
func (w *Worker) Stop(ctx context.Context) error {
	w.mu.Lock()
	l := w.loop
	w.mu.Unlock()
	if l == nil {
		return nil
	}
	return l.Stop(ctx)
}

// Pass sweeps expired KYC and lapsed categories, then reconciles the
// registry, once.
func (w *Worker) Pass(ctx context.Context) {
	if _, err := w.Service.SweepKYC(ctx, w.Principal); err != nil && ctx.Err() == nil {
		w.Logger.Error("KYC sweep failed", "error", err)
	}
	if _, err := w.Service.SweepCategories(ctx, w.Principal); err != nil && ctx.Err() == nil {
		w.Logger.Error("category sweep failed", "error", err)
	}
	if rep, err := w.Service.Reconcile(ctx, w.Principal); err != nil && ctx.Err() == nil {
		w.Logger.Error("registry reconciliation failed", "error", err)
	} else if err == nil && len(rep.Repairs) > 0 {
		w.Logger.Warn("registry drift repaired", "run", rep.Run, "repairs", len(rep.Repairs))
	}
}
