package pgtest

import (
	"context"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
)

// Statements counts the SQL statements a pool sends: every query, every
// statement of a batch and every COPY, through pgx's tracer hooks on the
// pool's connections. Read paths prove their statement counts with it.
type Statements struct {
	mu  sync.Mutex
	sql []string
}

var (
	_ pgx.QueryTracer    = (*Statements)(nil)
	_ pgx.BatchTracer    = (*Statements)(nil)
	_ pgx.CopyFromTracer = (*Statements)(nil)
)

func (s *Statements) add(sql string) {
	s.mu.Lock()
	s.sql = append(s.sql, strings.Join(strings.Fields(sql), " "))
	s.mu.Unlock()
}

// TraceQueryStart implements pgx.QueryTracer.
func (s *Statements) TraceQueryStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceQueryStartData) context.Context {
	s.add(data.SQL)
	return ctx
}

// TraceQueryEnd implements pgx.QueryTracer.
func (s *Statements) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// TraceBatchStart implements pgx.BatchTracer.
func (s *Statements) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	return ctx
}

// TraceBatchQuery implements pgx.BatchTracer: each statement of a batch
// counts.
func (s *Statements) TraceBatchQuery(_ context.Context, _ *pgx.Conn, data pgx.TraceBatchQueryData) {
	s.add(data.SQL)
}

// TraceBatchEnd implements pgx.BatchTracer.
func (s *Statements) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// TraceCopyFromStart implements pgx.CopyFromTracer.
func (s *Statements) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceCopyFromStartData) context.Context {
	s.add("COPY " + data.TableName.Sanitize())
	return ctx
}

// TraceCopyFromEnd implements pgx.CopyFromTracer.
func (s *Statements) TraceCopyFromEnd(context.Context, *pgx.Conn, pgx.TraceCopyFromEndData) {}

// Reset forgets the statements counted so far.
func (s *Statements) Reset() {
	s.mu.Lock()
	s.sql = nil
	s.mu.Unlock()
}

// Count is how many statements were sent since the last Reset.
func (s *Statements) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sql)
}

// SQL returns the statements sent since the last Reset, whitespace
// collapsed, for a failure message.
func (s *Statements) SQL() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sql...)
}

// Counted calls f and returns how many statements it sent and which.
// Nothing else may use the pool meanwhile.
func (s *Statements) Counted(f func()) (int, []string) {
	s.Reset()
	f()
	return s.Count(), s.SQL()
}
