package postgres

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// NonceStore records the nonces of signed requests so each is accepted
// once per key. Every API replica shares it.
//
// Every signed request records its nonce, so UseUnchanged records those
// of concurrent requests together: at most nonceStatements statements are
// in flight, and the calls that arrive meanwhile wait and go in the next
// one, a commit and a round trip for all of them (group commit). A lone
// request waits for nobody.
type NonceStore struct {
	pool *pgxpool.Pool

	mu       sync.Mutex
	inFlight int         // UseUnchanged statements being sent
	waiting  *nonceBatch // the calls for the next one, nil if none
}

// nonceStatements bounds the UseUnchanged statements in flight: enough
// that a request never waits behind one that is committing when nobody
// else is, few enough that under load the nonces fill batches rather
// than connections.
const nonceStatements = 2

// nonceTimeout bounds a batch's statement, which runs on behalf of
// several requests and so is not cut short by the one that sends it: a
// nonce recorded later than a signature window would be of no use.
const nonceTimeout = 30 * time.Second

// NewNonceStore returns a store on pool.
func NewNonceStore(pool *pgxpool.Pool) *NonceStore { return &NonceStore{pool: pool} }

// Use records nonce for keyID until expires and reports whether it was
// fresh. A nonce whose earlier record has expired (but was not yet swept)
// counts as fresh: the timestamp window already refuses any request that
// could replay the earlier one.
func (s *NonceStore) Use(ctx context.Context, keyID, nonce string, now, expires time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO api_nonces (key_id, nonce, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (key_id, nonce) DO UPDATE SET expires_at = EXCLUDED.expires_at
		WHERE api_nonces.expires_at <= $4`, keyID, nonce, expires, now)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// UseUnchanged is Use for a request signed with key keyID as the caller
// read it at revision rev (apikey.Key.Rev): the nonce is recorded only if
// the key is still at rev and not revoked, in the one statement, so a
// verifier that remembers keys confirms what it remembers in the round
// trip it needs anyway. false: the nonce was used before, or the key has
// changed (read it to tell which). Concurrent calls share a statement
// (see NonceStore); of two concurrent calls with one nonce, one at most is
// fresh.
func (s *NonceStore) UseUnchanged(ctx context.Context, keyID string, rev uint32, nonce string, now, expires time.Time) (bool, error) {
	s.mu.Lock()
	if s.waiting == nil && s.inFlight < nonceStatements {
		// Alone: the single-row statement, with nothing to share.
		s.inFlight++
		s.mu.Unlock()
		defer s.finish()
		tag, err := s.pool.Exec(ctx, `
			INSERT INTO api_nonces (key_id, nonce, expires_at)
			SELECT id, $2, $3 FROM api_keys WHERE id = $1 AND xmin = $5 AND revoked_at IS NULL
			ON CONFLICT (key_id, nonce) DO UPDATE SET expires_at = EXCLUDED.expires_at
			WHERE api_nonces.expires_at <= $4`, keyID, nonce, expires, now, rev)
		if err != nil {
			return false, err
		}
		return tag.RowsAffected() == 1, nil
	}
	b, lead := s.waiting, false
	if b == nil {
		b, lead = newNonceBatch(), true
		s.waiting = b
	}
	i, ok := b.add(keyID, rev, nonce, now, expires)
	s.mu.Unlock()
	if !ok {
		return false, nil // the same nonce is in the batch already: one of them is a replay
	}
	if lead {
		// The batch goes when a statement ends (finish), whatever
		// happens to this request: the others wait for it.
		<-b.turn
		s.send(ctx, b)
		return b.fresh[i], b.err
	}
	select {
	case <-b.done:
		return b.fresh[i], b.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// nonceBatch is the nonces one UseUnchanged statement records, and then
// which were fresh.
type nonceBatch struct {
	keys, nonces []string
	revs         []int64
	expires      []time.Time
	now          time.Time      // the earliest of the calls': a nonce counts as expired only if it was for all of them
	index        map[string]int // key id + "\x00" + nonce → position
	fresh        []bool
	err          error
	turn         chan struct{} // closed when the batch may be sent
	done         chan struct{} // closed once fresh and err are set
}

func newNonceBatch() *nonceBatch {
	return &nonceBatch{index: map[string]int{}, turn: make(chan struct{}), done: make(chan struct{})}
}

// add puts a call in the batch and returns its position; false if the
// batch already has the nonce for the key (the statement could record it
// once only).
func (b *nonceBatch) add(keyID string, rev uint32, nonce string, now, expires time.Time) (int, bool) {
	k := keyID + "\x00" + nonce
	if _, dup := b.index[k]; dup {
		return 0, false
	}
	i := len(b.keys)
	b.index[k] = i
	b.keys, b.nonces, b.revs, b.expires = append(b.keys, keyID), append(b.nonces, nonce), append(b.revs, int64(rev)), append(b.expires, expires)
	b.fresh = append(b.fresh, false)
	if i == 0 || now.Before(b.now) {
		b.now = now
	}
	return i, true
}

// send records b's nonces in one statement, marks which were fresh, and
// passes its place among the statements in flight to the next batch.
func (s *NonceStore) send(ctx context.Context, b *nonceBatch) {
	defer s.finish()
	defer close(b.done)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), nonceTimeout)
	defer cancel()
	rows, err := s.pool.Query(ctx, `
		INSERT INTO api_nonces (key_id, nonce, expires_at)
		SELECT k.id, n.nonce, n.expires_at
		FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[]) AS n(key_id, nonce, expires_at, rev)
		JOIN api_keys k ON k.id = n.key_id AND k.xmin = n.rev::text::xid AND k.revoked_at IS NULL
		ON CONFLICT (key_id, nonce) DO UPDATE SET expires_at = EXCLUDED.expires_at
		WHERE api_nonces.expires_at <= $5
		RETURNING key_id, nonce`, b.keys, b.nonces, b.expires, b.revs, b.now)
	if err != nil {
		b.err = err
		return
	}
	defer rows.Close()
	var key, nonce string
	for rows.Next() && b.err == nil {
		if b.err = rows.Scan(&key, &nonce); b.err == nil {
			if i, ok := b.index[key+"\x00"+nonce]; ok {
				b.fresh[i] = true
			}
		}
	}
	if b.err == nil {
		b.err = rows.Err()
	}
	if b.err != nil {
		clear(b.fresh) // nothing is known to be fresh
	}
}

// finish ends a statement: the waiting batch, if any, takes its place.
func (s *NonceStore) finish() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b := s.waiting; b != nil {
		s.waiting = nil
		close(b.turn)
		return
	}
	s.inFlight--
}

// DeleteExpired removes nonces that expired before now.
func (s *NonceStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM api_nonces WHERE expires_at <= $1`, now)
	return tag.RowsAffected(), err
}
