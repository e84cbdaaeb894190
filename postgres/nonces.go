package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth/apikey"
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

// UseFor is Use and APIKeyStore.KeyState in one statement, so a signed
// request costs one round trip: it reads key keyID as it is now, with the
// version of its newest secret, and records the nonce only if that
// version is version (the one whose secrets checked the request's
// signature). fresh is false when the nonce was used before or the
// version has moved on (the caller compares the version it gets back).
// An unknown key is errs.NotFound.
func (s *NonceStore) UseFor(ctx context.Context, keyID, nonce string, version int, now, expires time.Time) (k apikey.Key, current int, fresh bool, err error) {
	k, err = scanKey(s.pool.QueryRow(ctx, `
		WITH k AS (`+keyStateQuery+`),
		used AS (
			INSERT INTO api_nonces (key_id, nonce, expires_at)
			SELECT k.id, $2, $3 FROM k WHERE k.version = $5
			ON CONFLICT (key_id, nonce) DO UPDATE SET expires_at = EXCLUDED.expires_at
			WHERE api_nonces.expires_at <= $4
			RETURNING true
		)
		SELECT `+keyColumns+`, version, EXISTS (SELECT FROM used) FROM k`,
		keyID, nonce, expires, now, version), &current, &fresh)
	return k, current, fresh, err
}

// DeleteExpired removes nonces that expired before now.
func (s *NonceStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM api_nonces WHERE expires_at <= $1`, now)
	return tag.RowsAffected(), err
}
