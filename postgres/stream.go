package postgres

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/web/stream"
)

// StreamChannel is the NOTIFY channel the stream triggers signal on.
const StreamChannel = "tessera_stream"

// StreamStore reads the event stream that migration 010's triggers write
// (stream.Store).
type StreamStore struct {
	Pool *pgxpool.Pool
	// Retention is how long events are kept for clients resuming with a
	// cursor; DeleteExpired removes older ones. Default 7 days.
	Retention time.Duration
}

// readable is true for events no running transaction can precede: every
// transaction older than the snapshot's xmin has ended, and every new one
// gets a larger id.
const readable = `tx < pg_snapshot_xmin(pg_current_snapshot())`

// Events returns up to limit events after the cursor in (tx, id) order,
// stopping at the first one a running transaction could still precede.
func (s *StreamStore) Events(ctx context.Context, after stream.Cursor, limit int) ([]stream.Event, bool, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT id, tx::text, at, type, coalesce(asset_id::text, ''), coalesce(contract, ''), data::text, `+readable+`
		FROM stream_events
		WHERE (tx, id) > ($1::text::xid8, $2)
		ORDER BY tx, id
		LIMIT $3`, strconv.FormatUint(after.Tx, 10), after.ID, limit)
	if err != nil {
		return nil, false, fmt.Errorf("read stream events: %w", err)
	}
	defer rows.Close()
	var (
		evs     []stream.Event
		pending bool
	)
	for rows.Next() {
		var (
			e     stream.Event
			tx    string
			data  string
			ready bool
		)
		if err := rows.Scan(&e.ID, &tx, &e.At, &e.Type, &e.AssetID, &e.Contract, &data, &ready); err != nil {
			return nil, false, fmt.Errorf("read stream events: %w", err)
		}
		if !ready {
			pending = true
			break
		}
		if e.Pos.Tx, err = strconv.ParseUint(tx, 10, 64); err != nil {
			return nil, false, fmt.Errorf("read stream events: transaction id %q: %w", tx, err)
		}
		e.Pos.ID = e.ID
		e.Data = []byte(data)
		evs = append(evs, e)
	}
	rows.Close()
	return evs, pending, rows.Err()
}

// Head returns the cursor of the newest readable event (the zero cursor
// when there is none).
func (s *StreamStore) Head(ctx context.Context) (stream.Cursor, error) {
	return s.cursor(ctx, "stream head", `SELECT tx::text, id FROM stream_events WHERE `+readable+`
		ORDER BY tx DESC, id DESC LIMIT 1`)
}

// cursor reads the (tx, id) row query returns; no row is the zero cursor.
func (s *StreamStore) cursor(ctx context.Context, what, query string) (stream.Cursor, error) {
	var (
		tx string
		c  stream.Cursor
	)
	err := s.Pool.QueryRow(ctx, query).Scan(&tx, &c.ID)
	if err == pgx.ErrNoRows {
		return stream.Cursor{}, nil
	}
	if err == nil {
		c.Tx, err = strconv.ParseUint(tx, 10, 64)
	}
	if err != nil {
		return stream.Cursor{}, fmt.Errorf("read %s: %w", what, err)
	}
	return c, nil
}

// Listen holds one connection, taken out of the pool, that LISTENs on
// StreamChannel and calls wake on each notification until ctx ends or the
// connection fails.
func (s *StreamStore) Listen(ctx context.Context, wake func()) error {
	c, err := s.Pool.Acquire(ctx)
	if err != nil {
		return err
	}
	conn := c.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+StreamChannel); err != nil {
		return err
	}
	// Commits between the last read and LISTEN are not lost: a stream
	// reads the table after it subscribes, and polls.
	wake()
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		wake()
	}
}

// DeleteExpired removes events older than the retention.
func (s *StreamStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	keep := s.Retention
	if keep <= 0 {
		keep = 7 * 24 * time.Hour
	}
	var n int64
	err := s.Pool.QueryRow(ctx, `
		WITH d AS (
			DELETE FROM stream_events WHERE at < $1 RETURNING tx, id
		), newest AS (
			SELECT tx, id FROM d ORDER BY tx DESC, id DESC LIMIT 1
		), moved AS (
			UPDATE stream_horizon h SET tx = newest.tx, id = newest.id
			FROM newest WHERE (newest.tx, newest.id) > (h.tx, h.id)
		)
		SELECT count(*) FROM d`, now.Add(-keep)).Scan(&n)
	return n, err
}

// Horizon is the newest cursor retention has deleted an event at; a
// client resuming before it would miss events.
func (s *StreamStore) Horizon(ctx context.Context) (stream.Cursor, error) {
	return s.cursor(ctx, "stream horizon", `SELECT tx::text, id FROM stream_horizon`)
}
