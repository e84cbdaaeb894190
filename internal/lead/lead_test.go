package lead

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// oneLocker grants a single lease at a time per name, like an advisory
// lock; revoke ends the current lease as a dropped session would.
type oneLocker struct {
	mu   sync.Mutex
	held map[string]*lease
}

type lease struct {
	lost     chan struct{}
	once     sync.Once
	released chan struct{}
}

func (l *lease) Lost() <-chan struct{} { return l.lost }
func (l *lease) Release() {
	l.once.Do(func() { close(l.lost) })
	close(l.released)
}

func (o *oneLocker) Lock(ctx context.Context, name string) (Lease, error) {
	for {
		o.mu.Lock()
		cur := o.held[name]
		if cur == nil {
			l := &lease{lost: make(chan struct{}), released: make(chan struct{})}
			o.held[name] = l
			o.mu.Unlock()
			go func() {
				<-l.released
				o.mu.Lock()
				if o.held[name] == l {
					delete(o.held, name)
				}
				o.mu.Unlock()
			}()
			return l, nil
		}
		o.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-cur.released:
		}
	}
}

func (o *oneLocker) revoke(name string) {
	o.mu.Lock()
	l := o.held[name]
	o.mu.Unlock()
	if l != nil {
		l.once.Do(func() { close(l.lost) })
	}
}

// TestOneLeaderAndHandOver runs two loops on one lock: only one leads; when
// its lock is lost it stops leading at once and the other takes over; Stop
// waits for Lead to return.
func TestOneLeaderAndHandOver(t *testing.T) {
	locker := &oneLocker{held: map[string]*lease{}}
	var leading atomic.Int32
	var maxLeading atomic.Int32
	started := make(chan int, 10)
	mk := func(id int) *Loop {
		return &Loop{Name: "x", Locker: locker, Lead: func(ctx context.Context) {
			n := leading.Add(1)
			if n > maxLeading.Load() {
				maxLeading.Store(n)
			}
			started <- id
			<-ctx.Done()
			leading.Add(-1)
		}}
	}
	a, b := mk(1), mk(2)
	ctx := context.Background()
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err == nil {
		t.Fatal("a second Start of the same loop succeeded")
	}
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	first := <-started
	select {
	case id := <-started:
		t.Fatalf("loop %d leads beside loop %d", id, first)
	case <-time.After(100 * time.Millisecond):
	}
	locker.revoke("x")
	var second int
	select {
	case second = <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("nobody leads after the lock was lost")
	}
	if second == first {
		// The loser may win the lock back; the other must then still wait.
		t.Logf("loop %d took the lock back", first)
	}
	stop, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := a.Stop(stop); err != nil {
		t.Fatal(err)
	}
	if err := b.Stop(stop); err != nil {
		t.Fatal(err)
	}
	if leading.Load() != 0 {
		t.Fatalf("%d loops still leading after Stop", leading.Load())
	}
	if maxLeading.Load() != 1 {
		t.Fatalf("%d loops led at once", maxLeading.Load())
	}
}

// TestWithoutLockerLeadsAtOnce: no Locker means lead in this process.
func TestWithoutLockerLeadsAtOnce(t *testing.T) {
	var calls atomic.Int32
	l := &Loop{Name: "y", Lead: func(ctx context.Context) {
		Every(ctx, 10*time.Millisecond, nil, func(context.Context) { calls.Add(1) })
	}}
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for calls.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if calls.Load() < 3 {
		t.Fatalf("Every ran %d times", calls.Load())
	}
}
