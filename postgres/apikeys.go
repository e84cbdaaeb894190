package postgres

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
)

// APIKeyStore implements apikey.Store.
type APIKeyStore struct {
	pool *pgxpool.Pool
}

// NewAPIKeyStore returns a store on pool.
func NewAPIKeyStore(pool *pgxpool.Pool) *APIKeyStore { return &APIKeyStore{pool: pool} }

var (
	_ apikey.Store   = (*APIKeyStore)(nil)
	_ auth.Directory = (*APIKeyStore)(nil)
)

// keyColumns are a key's; xmin, the row's version, is its Rev: every
// update of the row (a rotation, a revocation, any other change) writes a
// new version of it.
const keyColumns = `id, seq, name, owner, custodians, scopes, created_at, expires_at, rotated_at, revoked_at, xmin`

func scanKey(row pgx.Row, extra ...any) (apikey.Key, error) {
	var k apikey.Key
	var scopes []string
	err := row.Scan(append([]any{&k.ID, &k.Seq, &k.Name, &k.Owner, &k.Custodians, &scopes, &k.CreatedAt, &k.ExpiresAt, &k.RotatedAt, &k.RevokedAt, &k.Rev}, extra...)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return k, errs.E(errs.NotFound, "key_not_found", "no such API key")
	}
	if err != nil {
		return k, err
	}
	k.Scopes = make([]apikey.Scope, len(scopes))
	for i, s := range scopes {
		k.Scopes[i] = apikey.Scope(s)
	}
	return k, nil
}

func scopeStrings(in []apikey.Scope) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = string(s)
	}
	return out
}

// CreateKey stores k with its first secret.
func (s *APIKeyStore) CreateKey(ctx context.Context, k apikey.Key, sealed []byte) (apikey.Key, error) {
	var out apikey.Key
	err := Transact(ctx, s.pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		out, err = scanKey(tx.QueryRow(ctx, `
			INSERT INTO api_keys (id, name, owner, custodians, scopes, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			RETURNING `+keyColumns,
			k.ID, k.Name, k.Owner, k.Custodians, scopeStrings(k.Scopes), k.CreatedAt, k.ExpiresAt))
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO api_key_secrets (key_id, version, sealed, created_at) VALUES ($1, 1, $2, $3)`,
			k.ID, sealed, k.CreatedAt)
		return err
	})
	return out, err
}

// Key returns one key.
func (s *APIKeyStore) Key(ctx context.Context, id string) (apikey.Key, error) {
	return scanKey(s.pool.QueryRow(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = $1`, id))
}

// Credentials returns the key and its secrets valid at now, newest first,
// in one round trip.
func (s *APIKeyStore) Credentials(ctx context.Context, id string, now time.Time) (apikey.Key, []apikey.StoredSecret, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT k.id, k.seq, k.name, k.owner, k.custodians, k.scopes, k.created_at, k.expires_at, k.rotated_at, k.revoked_at, k.xmin,
		       s.version, s.sealed, s.valid_until
		FROM api_keys k
		JOIN api_key_secrets s ON s.key_id = k.id
		WHERE k.id = $1 AND (s.valid_until IS NULL OR s.valid_until > $2)
		ORDER BY s.version DESC`, id, now)
	if err != nil {
		return apikey.Key{}, nil, err
	}
	defer rows.Close()
	var k apikey.Key
	var secrets []apikey.StoredSecret
	for rows.Next() {
		var st apikey.StoredSecret
		if k, err = scanKey(rows, &st.Version, &st.Sealed, &st.ValidUntil); err != nil {
			return apikey.Key{}, nil, err
		}
		secrets = append(secrets, st)
	}
	if err := rows.Err(); err != nil {
		return apikey.Key{}, nil, err
	}
	if len(secrets) == 0 {
		return apikey.Key{}, nil, errs.E(errs.NotFound, "key_not_found", "no such API key")
	}
	return k, secrets, nil
}

// ListKeys returns up to limit keys with seq > afterSeq, by seq.
func (s *APIKeyStore) ListKeys(ctx context.Context, afterSeq int64, limit int) ([]apikey.Key, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE seq > $1 ORDER BY seq LIMIT $2`, afterSeq, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []apikey.Key
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// RotateKey adds a new current secret and ends the previous ones at
// graceUntil. The key row is locked so concurrent rotations number their
// secrets one after the other.
func (s *APIKeyStore) RotateKey(ctx context.Context, id string, sealed []byte, custodians []string, now, graceUntil time.Time) (apikey.Key, error) {
	var out apikey.Key
	err := Transact(ctx, s.pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		k, err := scanKey(tx.QueryRow(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		if k.RevokedAt != nil {
			return errs.E(errs.Conflict, "key_revoked", "a revoked key cannot be rotated")
		}
		if _, err := tx.Exec(ctx, `
			UPDATE api_key_secrets SET valid_until = $2
			WHERE key_id = $1 AND (valid_until IS NULL OR valid_until > $2)`, id, graceUntil); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO api_key_secrets (key_id, version, sealed, created_at)
			SELECT $1, max(version) + 1, $2, $3 FROM api_key_secrets WHERE key_id = $1`, id, sealed, now); err != nil {
			return err
		}
		out, err = scanKey(tx.QueryRow(ctx, `
			UPDATE api_keys SET rotated_at = $2,
			       custodians = custodians || ARRAY(SELECT unnest($3::text[]) EXCEPT SELECT unnest(custodians))
			WHERE id = $1 RETURNING `+keyColumns, id, now, custodians))
		if err != nil {
			return err
		}
		return endSessions(ctx, tx, id)
	})
	return out, err
}

// RevokeKey marks the key revoked (revoking twice keeps the first time)
// and ends its UI sessions.
func (s *APIKeyStore) RevokeKey(ctx context.Context, id string, now time.Time) (apikey.Key, error) {
	var out apikey.Key
	err := Transact(ctx, s.pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		out, err = scanKey(tx.QueryRow(ctx, `
			UPDATE api_keys SET revoked_at = coalesce(revoked_at, $2)
			WHERE id = $1 RETURNING `+keyColumns, id, now))
		if err != nil {
			return err
		}
		return endSessions(ctx, tx, id)
	})
	return out, err
}

// endSessions deletes a key's UI sessions and tells every replica (NOTIFY
// on keyChannel, sent at commit) to close the key's event streams.
func endSessions(ctx context.Context, tx pgx.Tx, id string) error {
	if _, err := tx.Exec(ctx, `DELETE FROM ui_sessions WHERE key_id = $1`, id); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, KeyChannel, id)
	return err
}

// KeyChannel is the NOTIFY channel on which a rotated or revoked key's id
// is announced, so every replica closes that key's streams at once.
const KeyChannel = "tessera_key_changed"

// Principal resolves a recorded actor ("key:tk_…") to the principal of
// its key as it is now, revoked or not (auth.Directory).
func (s *APIKeyStore) Principal(ctx context.Context, actor string) (auth.Principal, error) {
	id, ok := strings.CutPrefix(actor, auth.KeyPrefix)
	if !ok {
		return auth.Principal{}, errs.E(errs.Internal, "", "auth: cannot resolve actor "+actor)
	}
	k, err := s.Key(ctx, id)
	if err != nil {
		return auth.Principal{}, err
	}
	return k.State().Principal(), nil
}
