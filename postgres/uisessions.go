package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/tessera-rwa/tessera/auth"
)

func sessionKeyID(s auth.Session) *string {
	if s.Kind == "operator" {
		return &s.Subject
	}
	return nil
}

// UISessionStore keeps web UI sessions and Sign-In with Ethereum nonces.
type UISessionStore struct{ Pool *pgxpool.Pool }

// CreateSession stores s.
func (st *UISessionStore) CreateSession(ctx context.Context, s auth.Session) error {
	_, err := st.Pool.Exec(ctx, `INSERT INTO ui_sessions (token_hash, kind, subject, key_id, expires_at)
		VALUES ($1, $2, $3, $4, $5)`, s.TokenHash, s.Kind, s.Subject, sessionKeyID(s), s.ExpiresAt)
	return err
}

// Session returns the session whose token hashes to hash, if it is valid
// at now; ok is false otherwise.
func (st *UISessionStore) Session(ctx context.Context, hash []byte, now time.Time) (auth.Session, bool, error) {
	s := auth.Session{TokenHash: hash}
	err := st.Pool.QueryRow(ctx, `SELECT kind, subject, expires_at FROM ui_sessions
		WHERE token_hash = $1 AND expires_at > $2`, hash, now).Scan(&s.Kind, &s.Subject, &s.ExpiresAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return auth.Session{}, false, nil
	}
	return s, err == nil, err
}

// DeleteSession ends the session whose token hashes to hash.
func (st *UISessionStore) DeleteSession(ctx context.Context, hash []byte) error {
	_, err := st.Pool.Exec(ctx, `DELETE FROM ui_sessions WHERE token_hash = $1`, hash)
	return err
}

// AddNonce records a fresh sign-in nonce, issued for the wallet address on
// the site domain, valid until expires.
func (st *UISessionStore) AddNonce(ctx context.Context, nonce, domain string, address common.Address, expires time.Time) error {
	_, err := st.Pool.Exec(ctx, `INSERT INTO ui_siwe_nonces (nonce, domain, address, expires_at) VALUES ($1, $2, $3, $4)`,
		nonce, domain, address.Bytes(), expires)
	return err
}

// UseNonce consumes nonce: it reports true once, if the nonce was issued
// for this domain and address and has not expired at now. A nonce offered
// with another domain or address stays unused.
func (st *UISessionStore) UseNonce(ctx context.Context, nonce, domain string, address common.Address, now time.Time) (bool, error) {
	tag, err := st.Pool.Exec(ctx, `DELETE FROM ui_siwe_nonces
		WHERE nonce = $1 AND domain = $2 AND address = $3 AND expires_at > $4`, nonce, domain, address.Bytes(), now)
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
