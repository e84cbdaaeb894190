package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// NonceStore records the nonces of signed requests so each is accepted
// once per key. Every API replica shares it.
type NonceStore struct {
	pool *pgxpool.Pool
}

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
// changed (read it to tell which).
func (s *NonceStore) UseUnchanged(ctx context.Context, keyID string, rev uint32, nonce string, now, expires time.Time) (bool, error) {
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

// DeleteExpired removes nonces that expired before now.
func (s *NonceStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM api_nonces WHERE expires_at <= $1`, now)
	return tag.RowsAffected(), err
}
