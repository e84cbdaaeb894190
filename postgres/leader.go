package postgres

import (
	"context"
	"hash/fnv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/internal/lead"
)

// Leader is the lead.Locker of every leader-elected part (transaction
// managers, the indexer, the oracle relay and poller, the compliance
// worker): it elects one leader per name across every process sharing the
// database, with a session-level advisory lock (key LockKey(name)) held on
// a connection of its own, opened with the pool's settings but outside
// the pool: if the process or its connection dies, the lock is released
// and another replica takes over. A held leadership never takes a
// connection from the pool, so the pool can be sized for the requests
// alone (see DefaultMaxConns).
type Leader struct {
	Pool *pgxpool.Pool
	// Retry is how often a standby tries the lock and a leader checks its
	// connection; 0 means one second.
	Retry time.Duration
}

var _ lead.Locker = (*Leader)(nil)

// lease is a held leadership.
type lease struct {
	lost    chan struct{}
	stop    chan struct{}
	done    chan struct{}
	release sync.Once
}

// Lost is closed when the leadership ends (connection lost or released).
func (l *lease) Lost() <-chan struct{} { return l.lost }

// Release gives the leadership up.
func (l *lease) Release() {
	l.release.Do(func() { close(l.stop) })
	<-l.done
}

// LockKey maps a name to the advisory lock key. Changing it (or the names
// the parts derive, such as txmgr.LockName) would let a replica of the
// previous release and one of the next lead the same part at once.
func LockKey(name string) int64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte("tessera:" + name))
	return int64(h.Sum64())
}

// Lock blocks until this process holds the lock called name, or ctx ends.
// A standby keeps its connection between tries.
func (ld *Leader) Lock(ctx context.Context, name string) (lead.Lease, error) {
	retry := ld.Retry
	if retry == 0 {
		retry = time.Second
	}
	key := LockKey(name)
	var conn *pgx.Conn
	for {
		var err error
		if conn == nil {
			conn, err = pgx.ConnectConfig(ctx, ld.Pool.Config().ConnConfig.Copy())
			if err != nil {
				return nil, redact(err)
			}
		}
		var got bool
		if err = conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&got); err != nil {
			conn.Close(context.WithoutCancel(ctx))
			return nil, err
		}
		if got {
			l := &lease{lost: make(chan struct{}), stop: make(chan struct{}), done: make(chan struct{})}
			go l.hold(conn, key, retry)
			return l, nil
		}
		select {
		case <-ctx.Done():
			conn.Close(context.WithoutCancel(ctx))
			return nil, ctx.Err()
		case <-time.After(retry):
		}
	}
}

// hold keeps the connection alive and notices when it dies; the
// connection closes with the lease.
func (l *lease) hold(conn *pgx.Conn, key int64, every time.Duration) {
	defer close(l.done)
	defer close(l.lost)
	defer conn.Close(context.Background()) // closing the session drops its locks
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			_, _ = conn.Exec(ctx, "SELECT pg_advisory_unlock($1)", key)
			cancel()
			return
		case <-t.C:
			// A slow answer under load is not a lost session: only a failed
			// or very late ping ends the lease.
			ctx, cancel := context.WithTimeout(context.Background(), max(every, 10*time.Second))
			err := conn.Ping(ctx)
			cancel()
			if err != nil {
				return
			}
		}
	}
}
