package postgres

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/stream"
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

// Events returns up to limit events that f selects after the cursor, in
// (tx, id) order, stopping at the first one a running transaction could
// still precede. The filter is part of the query, so events a stream may
// not receive are never read; a filter naming no types selects nothing.
// The newest readable event is read in the same statement (one snapshot):
// when the page ends before the limit, every selected event up to it has
// been returned, so the next read starts there rather than re-reading
// what the filter skipped.
func (s *StreamStore) Events(ctx context.Context, after stream.Cursor, f stream.Filter, limit int) (stream.Page, error) {
	page := stream.Page{Next: after}
	if len(f.Types) == 0 || limit <= 0 {
		return page, nil
	}
	var asset, contract *string
	if f.AssetID != "" {
		asset = &f.AssetID
	}
	if f.Contract != "" {
		contract = &f.Contract
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT e.head, e.id, e.tx::text, e.at, e.type, e.asset_id, e.contract, e.data, e.ready FROM (
			(SELECT false AS head, id, tx, at, type, coalesce(asset_id::text, '') AS asset_id,
			        coalesce(contract, '') AS contract, data::text AS data, `+readable+` AS ready
			 FROM stream_events
			 WHERE (tx, id) > ($1::text::xid8, $2) AND type = ANY($3::text[])
			   AND ($4::uuid IS NULL OR asset_id = $4::uuid) AND ($5::text IS NULL OR contract = $5::text)
			 ORDER BY tx, id
			 LIMIT $6)
			UNION ALL
			(SELECT true, id, tx, at, type, '', '', '', true
			 FROM stream_events WHERE `+readable+`
			 ORDER BY tx DESC, id DESC
			 LIMIT 1)
		) e
		ORDER BY e.head, e.tx, e.id`, strconv.FormatUint(after.Tx, 10), after.ID, f.Types, asset, contract, limit)
	if err != nil {
		return page, fmt.Errorf("read stream events: %w", err)
	}
	defer rows.Close()
	var (
		n    int // rows of the page, readable or not
		head stream.Cursor
	)
	for rows.Next() {
		var (
			e             stream.Event
			tx, data      string
			isHead, ready bool
		)
		if err := rows.Scan(&isHead, &e.ID, &tx, &e.At, &e.Type, &e.AssetID, &e.Contract, &data, &ready); err != nil {
			return page, fmt.Errorf("read stream events: %w", err)
		}
		if e.Pos.Tx, err = strconv.ParseUint(tx, 10, 64); err != nil {
			return page, fmt.Errorf("read stream events: transaction id %q: %w", tx, err)
		}
		e.Pos.ID = e.ID
		if isHead {
			head = e.Pos
			continue
		}
		n++
		// Readability only falls along the page (it is tx < xmin), so
		// nothing after the first unreadable event is readable either.
		if !ready || page.Pending {
			page.Pending = true
			continue
		}
		e.Data = []byte(data)
		page.Events = append(page.Events, e)
		page.Next = e.Pos
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return stream.Page{Next: after}, fmt.Errorf("read stream events: %w", err)
	}
	page.More = n == limit && !page.Pending
	if !page.More && page.Next.Less(head) {
		page.Next = head
	}
	return page, nil
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
// StreamChannel and KeyChannel and reports each notification to n until
// ctx ends or the connection fails.
func (s *StreamStore) Listen(ctx context.Context, n stream.Notify) error {
	c, err := s.Pool.Acquire(ctx)
	if err != nil {
		return err
	}
	conn := c.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+StreamChannel+"; LISTEN "+KeyChannel); err != nil {
		return err
	}
	// Commits and key changes between the last read and LISTEN are not
	// lost: the hub reads the table and the keys again now, and polls.
	n.Listening()
	for {
		note, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if note.Channel == KeyChannel {
			n.KeyChanged(note.Payload)
		} else {
			n.Committed()
		}
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
