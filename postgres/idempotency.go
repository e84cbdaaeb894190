package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth/idempotency"
	"github.com/tessera-rwa/tessera/errs"
)

// markClaim runs in every transaction Transact commits under a claim.
func markClaim(ctx context.Context, tx pgx.Tx) error {
	c, ok := idempotency.ClaimFrom(ctx)
	if !ok {
		return nil
	}
	tag, err := tx.Exec(ctx, `
		UPDATE api_idempotency SET committed_at = coalesce(committed_at, now())
		WHERE key_id = $1 AND idem_key = $2 AND claim::text = $3 AND status IS NULL`, c.KeyID, c.Key, c.Token)
	if err == nil && tag.RowsAffected() == 0 {
		err = errs.Wrap(idempotency.ErrClaimLost, errs.Conflict, "idempotency_claim_lost",
			"this request outlived its idempotency lock and a retry took its key over; nothing was changed")
	}
	return err
}

// IdempotencyStore keeps the first response to each idempotency key.
type IdempotencyStore struct {
	pool *pgxpool.Pool
}

// NewIdempotencyStore returns a store on pool.
func NewIdempotencyStore(pool *pgxpool.Pool) *IdempotencyStore { return &IdempotencyStore{pool: pool} }

// Begin claims (keyID, key) for a request with the given fingerprint. When
// claimed is true the caller runs the request and must call Complete or
// Release with rec.Claim, a random token of this claim. Otherwise rec is the
// existing record: a finished response to replay, a request still running,
// or one with another fingerprint.
//
// A record past its expiry is claimed afresh, and so is a running one whose
// lock lapsed (its server died, or it is slower than the lock) when the
// fingerprint matches. The new claim has a new token, so the request that
// held the old one can no longer complete or release the record.
func (s *IdempotencyStore) Begin(ctx context.Context, keyID, key string, fingerprint []byte, lockFor, ttl time.Duration) (rec idempotency.Record, claimed bool, err error) {
	for range 3 {
		var claim string
		err = s.pool.QueryRow(ctx, `
			INSERT INTO api_idempotency (key_id, idem_key, fingerprint, locked_until, expires_at, claim)
			VALUES ($1, $2, $3, now() + $4::interval, now() + $5::interval, gen_random_uuid())
			ON CONFLICT (key_id, idem_key) DO UPDATE SET
				fingerprint = EXCLUDED.fingerprint, locked_until = EXCLUDED.locked_until,
				expires_at = EXCLUDED.expires_at, created_at = now(), claim = EXCLUDED.claim,
				status = NULL, content_type = NULL, body = NULL
			WHERE api_idempotency.expires_at <= now()
			   OR (api_idempotency.status IS NULL AND api_idempotency.locked_until <= now()
			       AND api_idempotency.committed_at IS NULL
			       AND api_idempotency.fingerprint = EXCLUDED.fingerprint)
			RETURNING claim::text`, keyID, key, fingerprint, lockFor, ttl).Scan(&claim)
		if err == nil {
			return idempotency.Record{Fingerprint: fingerprint, Claim: claim}, true, nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return rec, false, err
		}
		var status *int
		var contentType *string
		err = s.pool.QueryRow(ctx, `
			SELECT fingerprint, status, content_type, body, committed_at IS NOT NULL, locked_until <= now() FROM api_idempotency
			WHERE key_id = $1 AND idem_key = $2`, keyID, key).Scan(&rec.Fingerprint, &status, &contentType, &rec.Body, &rec.Committed, &rec.Lapsed)
		if errors.Is(err, pgx.ErrNoRows) {
			continue // released between the two statements: try to claim again
		}
		if err != nil {
			return rec, false, err
		}
		if status != nil {
			rec.Done, rec.Status = true, *status
		}
		if contentType != nil {
			rec.ContentType = *contentType
		}
		return rec, false, nil
	}
	return rec, false, errors.New("idempotency record keeps changing; retry")
}

// Complete stores the response of the request holding claim. It fails
// with idempotency.ErrClaimLost, storing nothing, when claim is not the record's
// current claim.
func (s *IdempotencyStore) Complete(ctx context.Context, keyID, key, claim string, status int, contentType string, body []byte) error {
	tag, err := s.pool.Exec(ctx, `
		UPDATE api_idempotency SET status = $4, content_type = $5, body = $6
		WHERE key_id = $1 AND idem_key = $2 AND claim::text = $3 AND status IS NULL`,
		keyID, key, claim, status, contentType, body)
	if err == nil && tag.RowsAffected() == 0 {
		err = idempotency.ErrClaimLost
	}
	return err
}

// Release forgets the request holding claim, which did not finish (it
// failed in a way worth retrying), so the next request with the key runs
// afresh — unless it committed a change: running it again could repeat
// that change, so the record is kept, its lock lapsed, and a retry is
// told the outcome was lost. It fails with idempotency.ErrClaimLost, changing nothing,
// when claim is not the record's current claim.
func (s *IdempotencyStore) Release(ctx context.Context, keyID, key, claim string) error {
	tag, err := s.pool.Exec(ctx, `
		DELETE FROM api_idempotency
		WHERE key_id = $1 AND idem_key = $2 AND claim::text = $3 AND status IS NULL AND committed_at IS NULL`, keyID, key, claim)
	if err != nil || tag.RowsAffected() == 1 {
		return err
	}
	tag, err = s.pool.Exec(ctx, `
		UPDATE api_idempotency SET locked_until = now()
		WHERE key_id = $1 AND idem_key = $2 AND claim::text = $3 AND status IS NULL AND committed_at IS NOT NULL`, keyID, key, claim)
	if err == nil && tag.RowsAffected() == 0 {
		err = idempotency.ErrClaimLost
	}
	return err
}

// DeleteExpired removes records that expired before now.
func (s *IdempotencyStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM api_idempotency WHERE expires_at <= $1`, now)
	return tag.RowsAffected(), err
}
