package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// UISession is a browser session of the web UI: an investor signed in with
// a wallet, or an operator with an API key. Only the SHA-256 of the cookie
// value is stored.
type UISession struct {
	TokenHash []byte
	Kind      string // "investor" or "operator"
	Subject   string // wallet (checksummed) or API key id
	Name      string
	Scopes    []string
	ExpiresAt time.Time
}

// UISessionStore keeps web UI sessions and Sign-In with Ethereum nonces.
type UISessionStore struct{ Pool *pgxpool.Pool }

// CreateSession stores s.
func (st *UISessionStore) CreateSession(ctx context.Context, s UISession) error {
	if s.Scopes == nil {
		s.Scopes = []string{}
	}
	_, err := st.Pool.Exec(ctx, `INSERT INTO ui_sessions (token_hash, kind, subject, name, scopes, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, s.TokenHash, s.Kind, s.Subject, s.Name, s.Scopes, s.ExpiresAt)
	return err
}

// Session returns the session whose token hashes to hash, if it is valid
// at now; ok is false otherwise.
func (st *UISessionStore) Session(ctx context.Context, hash []byte, now time.Time) (UISession, bool, error) {
	s := UISession{TokenHash: hash}
	err := st.Pool.QueryRow(ctx, `SELECT kind, subject, name, scopes, expires_at FROM ui_sessions
		WHERE token_hash = $1 AND expires_at > $2`, hash, now).Scan(&s.Kind, &s.Subject, &s.Name, &s.Scopes, &s.ExpiresAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return UISession{}, false, nil
	}
	return s, err == nil, err
}

// DeleteSession ends the session whose token hashes to hash.
func (st *UISessionStore) DeleteSession(ctx context.Context, hash []byte) error {
	_, err := st.Pool.Exec(ctx, `DELETE FROM ui_sessions WHERE token_hash = $1`, hash)
	return err
}

// AddNonce records a fresh sign-in nonce valid until expires.
func (st *UISessionStore) AddNonce(ctx context.Context, nonce string, expires time.Time) error {
	_, err := st.Pool.Exec(ctx, `INSERT INTO ui_siwe_nonces (nonce, expires_at) VALUES ($1, $2)`, nonce, expires)
	return err
}

// UseNonce consumes nonce: it reports true once, if the nonce was issued
// and has not expired at now.
func (st *UISessionStore) UseNonce(ctx context.Context, nonce string, now time.Time) (bool, error) {
	tag, err := st.Pool.Exec(ctx, `DELETE FROM ui_siwe_nonces WHERE nonce = $1 AND expires_at > $2`, nonce, now)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// DeleteExpired removes sessions and nonces expired before now.
func (st *UISessionStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	a, err := st.Pool.Exec(ctx, `DELETE FROM ui_sessions WHERE expires_at <= $1`, now)
	if err != nil {
		return 0, err
	}
	b, err := st.Pool.Exec(ctx, `DELETE FROM ui_siwe_nonces WHERE expires_at <= $1`, now)
	return a.RowsAffected() + b.RowsAffected(), err
}
